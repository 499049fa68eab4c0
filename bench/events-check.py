#!/usr/bin/env python3
"""Checks the events of a TalentWatch database against issue 12's event rules:
- no two join/leave/found events of one person that share a company (same origin or destination) within 62 days;
- no event shown by default (not background, a relevant report at or above the confidence threshold) whose every
  report is off-topic.
usage: bench/events-check.py DATABASE [MIN_CONFIDENCE]   (e.g. a run-eval database kept with EVAL_KEEP=1)"""
import sqlite3, sys
from datetime import datetime, timedelta

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
rows = db.execute("""SELECT e.Id, e.Type, e.PersonId, e.FromId, e.ToId, e.FirstReportedAt, e.LatestReportedAt, e.Background
                     FROM Events e WHERE e.Type IN ('Join','Leave','Found') AND e.PersonId IS NOT NULL
                     AND EXISTS (SELECT 1 FROM Moves m WHERE m.EventId = e.Id)""").fetchall()
def when(text):
    return datetime.fromisoformat(text.replace(" ", "T")[:19])
pairs = []
for i, a in enumerate(rows):
    for b in rows[i + 1:]:
        if a[2] != b[2] or a[7] or b[7]:
            continue
        shared = (a[3] is not None and a[3] == b[3]) or (a[4] is not None and a[4] == b[4])
        gap = max(when(a[5]), when(b[5])) - min(when(a[6]), when(b[6]))
        if shared and gap <= timedelta(days=62):
            pairs.append((a[0], a[1], b[0], b[1]))
shown_off_topic = db.execute("""SELECT COUNT(*) FROM Events e WHERE e.Background = 0
    AND EXISTS (SELECT 1 FROM Moves m JOIN Articles a ON a.Id = m.ArticleId WHERE m.EventId = e.Id AND a.Relevant = 1 AND m.Confidence >= ?)
    AND NOT EXISTS (SELECT 1 FROM Moves m JOIN Articles a ON a.Id = m.ArticleId WHERE m.EventId = e.Id AND a.Relevant = 1)""", (threshold,)).fetchone()[0]
total = db.execute("SELECT COUNT(*) FROM Events").fetchone()[0]
hidden = db.execute("""SELECT COUNT(*) FROM Events e WHERE e.Background = 1
    OR NOT EXISTS (SELECT 1 FROM Moves m JOIN Articles a ON a.Id = m.ArticleId WHERE m.EventId = e.Id AND a.Relevant = 1 AND m.Confidence >= ?)""", (threshold,)).fetchone()[0]
print(f"events: {total}, hidden by default: {hidden}, career-step pairs within 62 days: {len(pairs)}, shown with only off-topic reports: {shown_off_topic}")
for p in pairs:
    print("  pair", p)
sys.exit(1 if pairs or shown_off_topic else 0)
