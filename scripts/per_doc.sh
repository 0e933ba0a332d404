#!/usr/bin/env bash
# Per-document scores: scripts/per_doc.sh GOLD_DIR PRED_DIR
gold=$1; pred=$2
for g in "$gold"/*.json; do
  n=$(basename "$g"); [ "$n" = clusters.json ] && continue
  stem=${n%.json}; stem=${stem%.gold}
  d=$(mktemp -d); cp "$g" "$d/"; 
  python3 ../shared/bench/score_parse.py "$d" "$pred" --json 2>/dev/null | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['publications']
print('%-32s gold %3d pred %3d entryF1 %.2f fieldF1 %.2f  edu %s pos %s name %s' % ('$stem'[:32], p['gold'], p['pred'], p['entry_f1'], p['field_f1_micro'], d['education']['entry_f1'], d['positions']['entry_f1'], d['person_name_ok']))"
  rm -rf "$d"
done
