#!/usr/bin/env bash
# The swiftpm release-branch gate without Maven: plain java on the report module's built classes, so a
# check takes about a second and provisions or rebuilds nothing. Arguments go to SwiftPmGateMain:
#   report/scripts/swiftpm-gate.sh --branch swiftpm-1.0.0 --manifest Package.swift [--artifacts DIR]
#   report/scripts/swiftpm-gate.sh --batch DIR          (DIR holds <branch>.swift manifests)
# Run from anywhere; relative paths are taken from the directory it was called in.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
classes="$root/report/target/classes"
classpath_file="$root/report/target/swiftpm-gate.classpath"

if [[ ! -f "$classes/org/etcts/report/swiftpm/SwiftPmGateMain.class" || ! -f "$classpath_file" ]]; then
  echo "[etcts swiftpm] the report module is not built ($classes or $classpath_file is missing)." >&2
  echo "[etcts swiftpm] Build it once: ./mvnw -B verify (or, quicker, ./mvnw -B -DskipTests -pl report -am package)," >&2
  echo "[etcts swiftpm] then run this script again." >&2
  exit 2
fi

java="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java="$JAVA_HOME/bin/java"
fi

# Defaults that resolve inside the repository whatever the caller's directory; the caller's options win.
defaults=(--summary "$root/reports/conformance.json" --gate-dir "$root/mustpass")
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
  -cp "$classes:$(cat "$classpath_file")" org.etcts.report.swiftpm.SwiftPmGateMain "${defaults[@]}" "$@"
