#!/usr/bin/env bash
# Set up (venv + Debian chromium/chromedriver and tesseract-ocr(-vie) where missing) and run the whole suite, browser tests included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/install-system.sh
exec .venv/bin/python -m pytest "$@"
