env "local" {
  src = "file://schema.hcl"
  url = "postgres://localhost/app"
  migration {
    dir = "file://sql/migrations"
  }
}
