"""One module per page of the dashboard; each runs as a Streamlit page script (its `main()`)."""
