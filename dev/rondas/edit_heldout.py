import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textedit import sub  # noqa: E402
H='heldout-brief.md'
sub(H,'THIRTY-NINTH blind sets','FORTIETH blind sets')
sub(H,'`/work/wt/heldout39` (branch `heldout39`','`/work/wt/heldout40` (branch `heldout40`')
sub(H,'"Thirty-ninth blind understanding set','"Fortieth blind understanding set')
sub(H,'(`/tmp/heldout39-work/`)','(`/tmp/heldout40-work/`)')
sub(H,'the thirty-eighth sets `src/test/resources/evaluacion-ciega-38/`, `privacidad-ciega-38/`, `busqueda/*-38.csv` (the formats you follow —\n  **like -38**)','the thirty-ninth sets `src/test/resources/evaluacion-ciega-39/`, `privacidad-ciega-39/`, `busqueda/*-39.csv` (the formats you follow —\n  **like -39**)')
sub(H,'(same formats as -38;','(same formats as -39;')
sub(H,'`src/test/resources/evaluacion-ciega-39/`: **30 reports**','`src/test/resources/evaluacion-ciega-40/`: **30 reports**')
sub(H,'Formats as in -38:','Formats as in -39:')
sub(H,'`src/test/resources/privacidad-ciega-39/`: **20 reports**','`src/test/resources/privacidad-ciega-40/`: **20 reports**')
sub(H,'(-38 used `5556 01xx`: use `5556 02xx`)','(-39 used `5602 00xx`: use `5602 01xx`)')
sub(H,'busqueda/consultas-ciegas-39.csv`','busqueda/consultas-ciegas-40.csv`')
sub(H,'`juicios-ciegos-39.csv`','`juicios-ciegos-40.csv`')
sub(H,'(extract it outside the repo as -38\'s README says)','(extract it outside the repo as -39\'s README says)')
sub(H,'-26 … -38 wrote paraphrases instead','-26 … -39 wrote paraphrases instead')
sub(H,'like -26…-38 but not their wordings','like -26…-39 but not their wordings')
sub(H,'`src/test/resources/README-ciegas-39.md`: the overview table like `README-ciegas-38.md`','`src/test/resources/README-ciegas-40.md`: the overview table like `README-ciegas-39.md`')
sub(H,'round used** (grep every README first). Already used in -38 (do not reuse):','round used** (grep every README first). Already used in -39 (do not reuse): retired customs agent\'s letter, Orizaba woman\'s IECM form PDF, Ensenada man\'s e-mail with base64 attachment, Nigerian woman\'s e-mail, Iranian man\'s e-mail, quesadilla seller\'s iPhone WhatsApp, butcher\'s OCR\'d page, Cablebús cabin operator\'s CSV log, acupuncturist (Latin-1 CRLF), Indonesian woman\'s HTML, alebrije maker\'s RTF, audiologist\'s DOCX, Slovak man\'s ODT, retired meteorologist\'s PDF, crochet teacher (BOM); in -38:')
sub(H,'README). Already used in -38: hospital shift-handover sheet','README). Already used in -39: safety data sheet, film review (BOM), app-store reviews (HTML), birth plan (DOCX), climbing log CSV, certificate of authenticity (RTF), letter of intent (internet vote, ODT), vacation request (Latin-1 LF), police sketch description (no date), brand identity manual (RTF), call for tenders, drone flight log CSV, customs declaration, construction progress report (PDF), epidemiological bulletin (HTML); in -38: hospital shift-handover sheet')
sub(H,'UTs are running out (after -38 Benito Juárez','UTs are running out (after -39 Benito Juárez')
sub(H,'-37 wrote 14, -38 wrote 16','-37 wrote 14, -38 and -39 wrote 16 each')
sub(H,'deadline **07:50 UTC**','deadline **DEADLINE_WRITER UTC**')
import re
s=open(H).read()
print([s[m.start()-30:m.start()+10] for m in re.finditer('3[89]', s)][:40])
