#!/usr/bin/env bash
# Point the three HELD_OUT constants at the forty-fourth blind sets (run in a repo root).
set -euo pipefail
sed -i 's#HELD_OUT = Path.of("src/test/resources/evaluacion-ciega-43")#HELD_OUT = Path.of("src/test/resources/evaluacion-ciega-44")#' src/test/java/mx/observa/understand/EvaluationCorpus.java
sed -i 's#HELD_OUT = Path.of("src/test/resources/privacidad-ciega-43")#HELD_OUT = Path.of("src/test/resources/privacidad-ciega-44")#' src/test/java/mx/observa/support/PrivacySet.java
sed -i 's#public static final String HELD_OUT = "ciega-43";#public static final String HELD_OUT = "ciega-44";#' src/tools/java/mx/observa/evaluation/SearchEvaluation.java
grep -n 'HELD_OUT = ' src/test/java/mx/observa/understand/EvaluationCorpus.java src/test/java/mx/observa/support/PrivacySet.java src/tools/java/mx/observa/evaluation/SearchEvaluation.java
