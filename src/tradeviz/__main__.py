from tradeviz.cli import main

raise SystemExit(main())
