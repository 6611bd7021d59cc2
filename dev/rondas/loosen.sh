#!/usr/bin/env bash
# For a measuring clone only: the held-out gates pass whatever the blind set measures, so every figure is printed.
set -euo pipefail
f=src/test/java/mx/observa/understand/UnderstandingQualityTest.java
python3 - "$f" <<'PY'
import re, sys
p = sys.argv[1]; s = open(p, encoding='utf-8').read()
i = s.index('class HeldOutSet')
head, tail = s[:i], s[i:]
tail = re.sub(r'isGreaterThanOrEqualTo\(\d+\.\d+\)', 'isGreaterThanOrEqualTo(0.0)', tail)
tail = re.sub(r'isGreaterThanOrEqualTo\(30\)', 'isGreaterThanOrEqualTo(0)', tail)
open(p, 'w', encoding='utf-8').write(head + tail)
PY
sed -i 's/MIN_RECALL_HELD_OUT = [0-9.]*;/MIN_RECALL_HELD_OUT = 0.0;/; s/MAX_DECOYS_REDACTED_HELD_OUT = [0-9.]*;/MAX_DECOYS_REDACTED_HELD_OUT = 1.0;/' src/test/java/mx/observa/report/PrivacyQualityTest.java
sed -i 's/MAX_HELD_OUT_LEAKS = [0-9]*;/MAX_HELD_OUT_LEAKS = 1000;/; s/MAX_HELD_OUT_FOUND_BY_HIDDEN_NAME = [0-9]*;/MAX_HELD_OUT_FOUND_BY_HIDDEN_NAME = 1000;/' src/test/java/mx/observa/report/PrivacyPublicationIT.java
sed -i 's/MAX_HELD_OUT_EMPTY_FIRST_PAGES = [0-9]*;/MAX_HELD_OUT_EMPTY_FIRST_PAGES = 1000;/' src/test/java/mx/observa/index/opensearch/OpenSearchClusterIT.java
git diff --stat
