"""Append blind set N's labelled findings to config/aprendizaje/pasajes.csv (run in the repo root)."""
import csv, sys
n = sys.argv[1]
src = f'src/test/resources/evaluacion-ciega-{n}/hallazgos.csv'
origin = f'evaluacion-ciega-{n}'
dst = 'config/aprendizaje/pasajes.csv'
present = {r['origen'] for r in csv.DictReader(open(dst, encoding='utf-8'))}
if origin in present:
    sys.exit(f'{origin} already in {dst}')
rows = [r for r in csv.DictReader(open(src, encoding='utf-8')) if r['tipo'] not in ('no_hallazgo', 'ilegible')]
with open(dst, 'a', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    for r in rows:
        w.writerow([r['fragmento'], r['tipo'], r['temas'], origin])
print(len(rows), 'passages appended')
