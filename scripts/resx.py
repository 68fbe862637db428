#!/usr/bin/env python3
"""Adds or replaces texts in a Danish/English resource pair (Foo.resx + Foo.en.resx), creating the files if needed.

Usage: scripts/resx.py src/Paaroerende.Web/Resources/Pages/Staff/Index KEY "dansk tekst" "English text" [KEY da en ...]
"""
import os
import sys
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def put(path, key, value):
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEADER)
    tree = ET.parse(path)
    root = tree.getroot()
    node = next((d for d in root.findall("data") if d.get("name") == key), None)
    if node is None:
        node = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
        ET.SubElement(node, "value")
    node.find("value").text = value
    ET.indent(tree, space="  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main(args):
    if len(args) < 4 or (len(args) - 1) % 3 != 0:
        sys.exit(__doc__)
    base = args[0].removesuffix(".resx")
    for i in range(1, len(args), 3):
        key, da, en = args[i:i + 3]
        put(base + ".resx", key, da)
        put(base + ".en.resx", key, en)


if __name__ == "__main__":
    main(sys.argv[1:])
