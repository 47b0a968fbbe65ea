#!/usr/bin/env python3
"""Writes a RuraliTIC content file with the demo edition and N articles.

    generate-content.py N OUT.json [DEMO.json]

The demo file (ruralitic-it/src/main/resources/META-INF/ruralitic-content.json) gives the themes, speakers,
partners, the 2019 edition and its 7 articles (one a draft). They are kept as they are; N - 7 more published
articles are added, copies of the published demo articles with their own slug (`<demo-slug>-nNNNNN`), title and
publication date (one every six hours going back from 2019-08-20), so that the newest article of every file is a
generated one and the order is the same from one run to the next. The same N always gives the same file.
"""
import copy
import datetime
import json
import os
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count = int(sys.argv[1])
    out = sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    demo_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        here, '..', 'ruralitic-it', 'src', 'main', 'resources', 'META-INF', 'ruralitic-content.json')
    with open(demo_path, encoding='utf-8') as f:
        content = json.load(f)
    demo = content['articles']
    published = [a for a in demo if a['status'] == 'PUBLISHED']
    articles = list(demo[:count])
    start = datetime.datetime(2019, 8, 20, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    for i in range(count - len(articles)):
        model = published[i % len(published)]
        article = copy.deepcopy(model)
        number = i + 1
        article['slug'] = f"{model['slug']}-n{number:06d}"[:200]
        article['title'] = f"{model['title']} ({number})"
        article['publishedAt'] = (start - datetime.timedelta(hours=6 * i)).isoformat()
        article['status'] = 'PUBLISHED'
        articles.append(article)
    content['articles'] = articles
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(content, f, ensure_ascii=False, indent=1)
    print(f"{out}: {len(articles)} articles ({sum(a['status'] == 'PUBLISHED' for a in articles)} published)")


if __name__ == '__main__':
    main()
