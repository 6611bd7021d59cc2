"""Write blind set N's labelled findings as config/aprendizaje/pasajes/evaluacion-ciega-N.csv (run in the repo root)."""
import csv
import os
import sys
n = sys.argv[1]
src = f'src/test/resources/evaluacion-ciega-{n}/hallazgos.csv'
origin = f'evaluacion-ciega-{n}'
dst = f'config/aprendizaje/pasajes/{origin}.csv'
if os.path.exists(dst):
    sys.exit(f'{dst} already exists')
rows = [r for r in csv.DictReader(open(src, encoding='utf-8')) if r['tipo'] not in ('no_hallazgo', 'ilegible')]
with open(dst, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['fragmento', 'tipo', 'temas', 'origen'])
    for r in rows:
        w.writerow([r['fragmento'], r['tipo'], r['temas'], origin])
print(len(rows), 'passages written to', dst)
