"""The dashboard, in Streamlit's own shape: `dashboard.py` draws the shared sidebar and navigates between
the pages in `pages/` (charts, facts, data quality, adding articles), one module each.

`data` holds every loader (Streamlit's caches), `sidebar` the filters and the link, `state` what the entry
file hands each page; the pages only wire widgets to tested functions (`tradeviz.views`, `charts`, `export`,
`app_actions`).
"""

from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
"""The page files, as `st.Page` and `AppTest.switch_page` name them."""
