#!/usr/bin/env python3
"""check_translations.py LUPDATE SOURCE_DIR — fails when a user-visible string of the Studio has
no Vietnamese translation: runs lupdate over ui/ and app/studio into a copy of the Vietnamese
.ts (so strings added without updating the .ts count too) and lists every unfinished message."""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source = sys.argv[1], Path(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    ts = Path(tmp) / "check_vi.ts"
    shutil.copy(source / "translations" / "dataflow-studio_vi.ts", ts)
    subprocess.run([lupdate, "-silent", "-no-obsolete", str(source / "ui"), str(source / "app" / "studio"), "-ts", str(ts)],
                   check=True)
    missing = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            missing.append(msg.find("source").text)
    if missing:
        print("no Vietnamese for (run the update_translations target, then tools/i18n/fill_vi.py):",
              *missing, sep="\n  ")
        sys.exit(1)
    print(f"every string of the Studio has a Vietnamese translation")
