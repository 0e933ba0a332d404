#!/usr/bin/env bash
# Parse and score seeds, dev and our own labelled CVs (a development aid).
cd "$(dirname "$0")/.."
rm -rf out/seeds out/dev out/own; mkdir -p out/devsrc
for f in ../shared/dev/*; do case "$f" in *.gold.json|*/README*|*AUDIT*) ;; *) cp "$f" out/devsrc/;; esac; done
.venv/bin/scholarscope parse ../shared/seeds --out out/seeds --quiet 2>/dev/null
.venv/bin/scholarscope parse out/devsrc --out out/dev --quiet 2>/dev/null
.venv/bin/scholarscope parse $(ls tests/data/cvs/* | grep -v -e gold.json -e README -e check_gold -e __pycache__) --out out/own --quiet 2>/dev/null
for s in "seeds ../shared/gold out/seeds" "dev ../shared/dev out/dev" "own tests/data/cvs out/own"; do
  set -- $s
  python3 ../shared/bench/score_parse.py $2 $3 --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['publications']
print('%-5s fieldF1 %.4f entryF1 %.4f authorF1 %.4f edu %.2f pos %.2f names %s' % ('$1', p['field_f1_micro'], p['entry_f1'], p['author_f1'], d['education']['entry_f1'], d['positions']['entry_f1'], d['person_name_ok']))
print('      ', {k: round(v,2) for k,v in p['field_accuracy_on_matched'].items()})"
done
if [ -d out/rendered ]; then
  rm -rf out/pdf out/docx
  .venv/bin/scholarscope parse out/rendered/*.pdf --out out/pdf --quiet 2>/dev/null
  .venv/bin/scholarscope parse out/rendered/*.docx --out out/docx --quiet 2>/dev/null
  for s in pdf docx; do python3 ../shared/bench/score_parse.py out/rendered out/$s --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['publications']
print('%-5s fieldF1 %.4f entryF1 %.4f authorF1 %.4f edu %.2f pos %.2f names %s' % ('$s', p['field_f1_micro'], p['entry_f1'], p['author_f1'], d['education']['entry_f1'], d['positions']['entry_f1'], d['person_name_ok']))"; done
fi
if [ -d out/rendered_own ]; then
  rm -rf out/own_pdf out/own_docx
  .venv/bin/scholarscope parse out/rendered_own/*.pdf --out out/own_pdf --quiet 2>/dev/null
  .venv/bin/scholarscope parse out/rendered_own/*.docx --out out/own_docx --quiet 2>/dev/null
  for s in own_pdf own_docx; do python3 ../shared/bench/score_parse.py out/rendered_own out/$s --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['publications']
print('%-8s fieldF1 %.4f entryF1 %.4f authorF1 %.4f edu %.2f pos %.2f names %s' % ('$s', p['field_f1_micro'], p['entry_f1'], p['author_f1'], d['education']['entry_f1'], d['positions']['entry_f1'], d['person_name_ok']))"; done
fi
rm -rf out/native
.venv/bin/scholarscope parse tests/data/cvs_native/*.pdf tests/data/cvs_native/*.docx --out out/native --quiet 2>/dev/null
python3 ../shared/bench/score_parse.py tests/data/cvs_native out/native --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['publications']
print('native   fieldF1 %.4f entryF1 %.4f authorF1 %.4f edu %.2f pos %.2f names %s' % (p['field_f1_micro'], p['entry_f1'], p['author_f1'], d['education']['entry_f1'], d['positions']['entry_f1'], d['person_name_ok']))"
rm -rf out/latex; mkdir -p out/latex
.venv/bin/scholarscope parse tests/data/cvs_latex/*.pdf --out out/latex --quiet 2>/dev/null
python3 ../shared/bench/score_parse.py tests/data/cvs_latex out/latex --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['publications']
print('latex    fieldF1 %.4f entryF1 %.4f authorF1 %.4f edu %.2f pos %.2f names %s' % (p['field_f1_micro'], p['entry_f1'], p['author_f1'], d['education']['entry_f1'], d['positions']['entry_f1'], d['person_name_ok']))"
if [ -d out/rendered_tex ]; then
  rm -rf out/tex; mkdir -p out/tex
  .venv/bin/scholarscope parse out/rendered_tex/*.pdf --out out/tex --quiet 2>/dev/null
  python3 ../shared/bench/score_parse.py out/rendered_tex out/tex --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['publications']
print('tex_dev  fieldF1 %.4f entryF1 %.4f authorF1 %.4f edu %.2f pos %.2f names %s' % (p['field_f1_micro'], p['entry_f1'], p['author_f1'], d['education']['entry_f1'], d['positions']['entry_f1'], d['person_name_ok']))"
fi
