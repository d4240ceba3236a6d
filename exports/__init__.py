"""Briefing-ready files from ChartSpecs: images with header/footer, CSV/XLSX/ZIP data, PowerPoint decks."""
