# Sourced by the dist tests: no_java_path DIR fills DIR with links to every command of /usr/local/bin, /usr/bin and
# /bin except the JDK's and Maven's, so that a PATH of DIR alone runs what a machine without Java or Maven has.
no_java_path() {
  python3 - "$1" <<'PY'
import os, sys
target = sys.argv[1]
os.makedirs(target, exist_ok=True)
for folder in ("/usr/local/bin", "/usr/bin", "/bin"):
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        command = os.path.join(folder, name)
        real = os.path.realpath(command)
        if "/jvm/" in real or "/maven/" in real or real.endswith("/mvn"):
            continue
        link = os.path.join(target, name)
        if not os.path.lexists(link):
            os.symlink(command, link)
PY
  if PATH=$1 sh -c 'command -v java || command -v mvn' >/dev/null; then
    echo "java or mvn is still on the test PATH $1" >&2
    return 1
  fi
}
