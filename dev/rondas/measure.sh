#!/usr/bin/env bash
# The one blind measurement of the round, on three clones of main (switch44 + loosened held-out gates):
#   (a) /tmp/ma: UnderstandingQualityTest + PrivacyQualityTest  -> /tmp/ma.log, /tmp/ma/target/calidad.md, privacidad-*.md
#   (b) /tmp/mb: the two PrivacyPublication ITs                 -> /tmp/mb.log
#   (c) /tmp/mc: observa evaluar-busqueda                        -> /tmp/mc.log
# (a) and (b) run in parallel; (c) after (a).
set -u
TOOLS=$(cd "$(dirname "$0")" && pwd)
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
for d in ma mb mc; do
  rm -rf /tmp/$d && git clone -q /work/main /tmp/$d
  (cd /tmp/$d && bash $TOOLS/switch44.sh > /dev/null && bash $TOOLS/loosen.sh > /dev/null)
done
mkdir -p /tmp/ma/target/aprendido && cp -rn /tmp/aprendido-q27/. /tmp/ma/target/aprendido/
(cd /tmp/ma && ./mvnw -q test -Dtest='UnderstandingQualityTest,PrivacyQualityTest' > /tmp/ma.log 2>&1; echo rc=$? >> /tmp/ma.log) &
(cd /tmp/mb && ./mvnw -q verify -Dit.test='PrivacyPublication*IT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false > /tmp/mb.log 2>&1; echo rc=$? >> /tmp/mb.log) &
wait %1
(cd /tmp/mc && ./observa evaluar-busqueda > /tmp/mc.log 2>&1; echo rc=$? >> /tmp/mc.log)
wait
echo measured
