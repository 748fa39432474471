# Sourced by the dist tests: no_java_path DIR fills DIR with links to every command of /usr/local/bin, /usr/bin and
# /bin except the JDK's and Maven's, so that a PATH of DIR alone runs what a machine without Java or Maven has.
no_java_path() {
  mkdir -p "$1"
  for dir in /usr/local/bin /usr/bin /bin; do
    for command in "$dir"/*; do
      name=$(basename "$command")
      case $(readlink -f "$command") in */jvm/* | */maven/* | */mvn) continue ;; esac
      [ -e "$1/$name" ] || ln -s "$command" "$1/$name"
    done
  done
  if PATH=$1 sh -c 'command -v java || command -v mvn' >/dev/null; then
    echo "java or mvn is still on the test PATH $1" >&2
    return 1
  fi
}
