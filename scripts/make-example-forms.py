#!/usr/bin/env python3
"""Builds the example corpus's other forms from examples/korea-2025.jsonl: web pages from invented
outlets (examples/html/), one CC-NEWS-style web archive (examples/warc/cc-news-sample.warc.gz) and a
full-text RSS feed (examples/feed/east-asia-wire.rss).

Some pages republish a story under its own URL (the same input in another form: re-ingest is a no-op),
others are syndicated copies on another outlet (a near-copy: stored and linked to the original).
Written for Readout; run from the repository root: python3 scripts/make-example-forms.py
"""
import gzip, html, io, json, pathlib, uuid
from datetime import datetime, timezone

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "examples" / "korea-2025.jsonl"
HTML_DIR = ROOT / "examples" / "html"
WARC = ROOT / "examples" / "warc" / "cc-news-sample.warc.gz"
FEED = ROOT / "examples" / "feed" / "east-asia-wire.rss"

# (article id, outlet name, outlet domain or None for the article's own URL, style)
PAGES = [
    ("kor-005", None, None, "meta"),
    ("kor-006", "Yellow Sea Times", "yellowseatimes.example", "jsonld"),
    ("kor-020", "Continental Wire", "continentalwire.example", "time"),
    ("kor-032", None, None, "jsonld"),
    ("kor-032", "Harbour Post", "harbourpost.example", "meta"),
]
# (article id, link on the feed's own outlet or None for the original URL): full-text items
FEED_ITEMS = [("kor-011", None), ("kor-026", "eastasiawire.example"), ("kor-029", "eastasiawire.example")]
WARC_PAGES = [
    ("kor-007", None, None, "meta"),
    ("kor-021", "Steppe Herald", "steppeherald.example", "jsonld"),
    ("kor-033", None, None, "time"),
]


def records():
    with open(SRC, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def page(rec, outlet, domain, style):
    url = rec["url"] if domain is None else "https://%s/world/%s/%s" % (domain, rec["date"].replace("-", "/"), rec["id"])
    outlet = outlet or rec["outlet"]
    paragraphs = [p for p in rec["text"].split(". ") if p]
    body = "".join("<p>%s%s</p>\n" % (html.escape(p), "" if p.endswith(".") else ".") for p in paragraphs)
    if domain is not None:
        body += "<p>This story was first published by %s and is republished under a content-sharing agreement.</p>\n" % html.escape(rec["outlet"])
    date_meta = {
        "meta": '<meta property="article:published_time" content="%sT09:00:00+09:00">' % rec["date"],
        "jsonld": '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%sT08:30:00Z"}</script>' % (json.dumps(rec["title"]), rec["date"]),
        "time": "",
    }[style]
    time_el = '<time datetime="%s">%s</time>' % (rec["date"], rec["date"]) if style == "time" else ""
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>%(title)s | %(outlet)s</title>
<link rel="canonical" href="%(url)s">
<meta property="og:site_name" content="%(outlet)s">
<meta property="og:title" content="%(title)s">
%(date_meta)s
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
<div class="ad">Advertisement: subscribe today and save 40 percent on your first year.</div>
<article><h1>%(title)s</h1><div class="byline">By staff reporters %(time_el)s</div>
%(body)s</article>
<aside><h3>Most read</h3><ul><li>Markets close higher on tech rally</li><li>Ten recipes for autumn</li></ul></aside>
<footer>Copyright %(outlet)s. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>
""" % dict(title=html.escape(rec["title"]), outlet=html.escape(outlet), url=url, date_meta=date_meta,
           time_el=time_el, body=body)


def warc_record(url, payload, date):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(payload) + payload
    headers = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: %s\r\n"
               "WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
               % (uuid.uuid5(uuid.NAMESPACE_URL, url), date, url, len(http))).encode()
    return headers + http + b"\r\n\r\n"


def main():
    recs = records()
    HTML_DIR.mkdir(parents=True, exist_ok=True)
    for rid, outlet, domain, style in PAGES:
        name = "%s-%s.html" % (rid, (domain or "original").split(".")[0])
        (HTML_DIR / name).write_text(page(recs[rid], outlet, domain, style), encoding="utf-8")
    WARC.parent.mkdir(parents=True, exist_ok=True)
    with open(WARC, "wb") as out:
        info = b"software: readout scripts/make-example-forms.py\r\nformat: WARC File Format 1.0\r\n"
        head = ("WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2025-11-02T00:00:00Z\r\n"
                "Content-Type: application/warc-fields\r\nContent-Length: %d\r\n\r\n" % (uuid.uuid5(uuid.NAMESPACE_URL, "readout-warcinfo"), len(info))).encode()
        out.write(gzip.compress(head + info + b"\r\n\r\n", mtime=0))
        for rid, outlet, domain, style in WARC_PAGES:
            rec = recs[rid]
            url = rec["url"] if domain is None else "https://%s/world/%s" % (domain, rid)
            payload = page(rec, outlet, domain, style).encode("utf-8")
            out.write(gzip.compress(warc_record(url, payload, rec["date"] + "T12:00:00Z"), mtime=0))
    FEED.parent.mkdir(parents=True, exist_ok=True)
    items = []
    for rid, domain in FEED_ITEMS:
        rec = recs[rid]
        link = rec["url"] if domain is None else "https://%s/news/%s" % (domain, rid)
        day = datetime.strptime(rec["date"], "%Y-%m-%d").strftime("%a, %d %b %Y 10:00:00 GMT")
        paras = "".join("<p>%s</p>" % html.escape(p) for p in rec["text"].split("\n") if p)
        items.append("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"
                     "<description><![CDATA[%s]]></description></item>" % (html.escape(rec["title"]), link, link, day, paras))
    FEED.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>East Asia Wire</title>'
                    "<link>https://eastasiawire.example/</link><description>Full-text feed</description>%s</channel></rss>\n"
                    % "".join(items), encoding="utf-8")
    print("wrote", len(PAGES), "pages to", str(HTML_DIR.relative_to(ROOT)) + "/,", len(WARC_PAGES), "responses to",
          WARC.relative_to(ROOT), "and", len(FEED_ITEMS), "items to", FEED.relative_to(ROOT))


if __name__ == "__main__":
    main()
