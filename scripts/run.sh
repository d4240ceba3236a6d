#!/usr/bin/env bash
# Set up, (re)build the indicators table when it is missing or older than seeds/, the curation file or the ETL
# code, then serve the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Chromium renders exported images; the dashboard itself runs without it (exports then say it is missing).
bash scripts/install-system.sh || echo "warning: could not install chromium/tesseract; image export and OCR will be unavailable" >&2
if [ ! -f data/indicators.parquet ] || [ -n "$(find seeds data/curation.csv etl -type f -newer data/indicators.parquet -not -path '*__pycache__*' 2>/dev/null | head -1)" ]; then
  .venv/bin/python -m etl
fi
if [ -f app.py ]; then
  exec .venv/bin/python app.py "$@"
fi
