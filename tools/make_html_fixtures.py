#!/usr/bin/env python3
"""Writes Parley's HTML fixtures: each article of fixture_articles.py wrapped in the furniture of one kind of news
site (navigation, cookie banners, share bars, related links, comments, captions, credits, ads, footers), with the
expected main text and metadata beside it.

    python3 tools/make_html_fixtures.py Tests/Fixtures/html Tests/Fixtures/html-heldout

NAME.html (raw page, in the page's own charset), NAME.expected.txt (the main text: paragraphs and subheadings,
one per block, blank lines between), NAME.meta.json (title, date, canonical, site).
"""
import html, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_articles import ARTICLES, HELDOUT

E = html.escape


def inline(t):
    out, pos = [], 0
    for m in re.finditer(r"\[\[(.+?)\|(.+?)\]\]", t):
        out.append(E(t[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (E(m.group(2)), E(m.group(1), quote=False)))
        pos = m.end()
    out.append(E(t[pos:], quote=False))
    return "".join(out)


def plain(t):
    return re.sub(r"\[\[(.+?)\|(.+?)\]\]", r"\1", t)


def expected_text(a):
    blocks = []
    for p in a["paras"]:
        if isinstance(p, tuple) and p[0] == "h2":
            blocks.append(p[1])
        elif isinstance(p, tuple) and p[0] == "ul":
            blocks.extend(plain(x) for x in p[1])
        else:
            blocks.append(plain(p))
    return "\n\n".join(blocks) + "\n"


def body_html(a, p_open="<p>", p_close="</p>", h2="h2", between=None):
    """The paragraphs as HTML; `between(i)` may return furniture to put after paragraph i."""
    out = []
    for i, p in enumerate(a["paras"]):
        if isinstance(p, tuple) and p[0] == "h2":
            out.append("<%s>%s</%s>" % (h2, E(p[1], quote=False), h2))
        elif isinstance(p, tuple) and p[0] == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % inline(x) for x in p[1]) + "</ul>")
        else:
            out.append(p_open + inline(p) + p_close)
        if between:
            extra = between(i)
            if extra:
                out.append(extra)
    return "\n".join(out)


def nav(items, cls="menu"):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="/%s/">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in items))


SECTIONS = ["World", "Politics", "Business", "Europe", "Asia", "Americas", "Middle East", "Opinion", "Video", "Podcasts"]
RELATED = [
    "Ministers meet in Geneva as talks on prisoner exchange resume",
    "Analysis: what the summit season means for Asian trade",
    "EU envoy arrives in Belgrade for talks on Kosovo dialogue",
    "Opinion: the return of shuttle diplomacy",
    "Foreign ministers of the G7 to meet in Italy next month",
]
COOKIE = ("We use cookies and similar technologies to improve your experience, measure audiences and show you "
          "personalised advertising. By clicking Accept all you agree to the storing of cookies on your device.")
COMMENTS = [
    ("Marek from Gdansk", "Another round of handshakes and photo opportunities. I will believe in a breakthrough when I see the details written down, signed, and actually carried out by both governments over the next year."),
    ("A. Okafor", "People forget how many of these meetings end with statements that nobody reads a month later. Still, talking is better than not talking, and the fact that they met at all tells you something about the pressure both leaders are under at home."),
    ("lindqvist_k", "The article does not mention the energy question at all, which is surely what the whole visit was about. Follow the gas, the oil and the contracts, and the rest of the diplomatic language makes a lot more sense."),
    ("Priya S.", "Good summary, thank you. Would be useful to have a timeline of the previous meetings between these two, going back to at least 2019, since the relationship has changed so much in that time and context matters."),
    ("Observer2024", "Nobody in my town cares about any of this. Prices are up, wages are flat, and our politicians spend their time flying around the world for ceremonies instead of fixing the problems at home."),
    ("H. Becker", "Notice the language in the two official readouts: they barely overlap. One side talks about partnership and the other about concerns and red lines. Reading both together is more informative than either one alone."),
]


def jsonld(a, typ="NewsArticle", publisher=None, date=True):
    d = {"@context": "https://schema.org", "@type": typ, "headline": a["title"], "url": a["url"],
         "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
         "author": [{"@type": "Person", "name": "Staff correspondent"}],
         "publisher": {"@type": "Organization", "name": publisher or a["site"], "logo": {"@type": "ImageObject", "url": "https://cdn.example/logo.png"}}}
    if date and a.get("date"):
        d["datePublished"] = a["date"] + "T09:14:00+00:00"
        d["dateModified"] = a["date"] + "T17:02:00+00:00"
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def head(a, extra="", og=True, title=None, charset='<meta charset="utf-8">'):
    t = title or "%s | %s" % (a["title"], a["site"])
    s = [charset, "<title>%s</title>" % E(t, quote=False), '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if og:
        s += ['<meta property="og:type" content="article">', '<meta property="og:title" content="%s">' % E(a["title"]),
              '<meta property="og:url" content="%s">' % E(a["url"]), '<meta property="og:site_name" content="%s">' % E(a["site"]),
              '<meta property="og:image" content="https://cdn.example/img/lead.jpg">',
              '<meta name="twitter:card" content="summary_large_image">']
    s.append('<link rel="stylesheet" href="/static/main.css"><script src="/static/analytics.js"></script>')
    s.append(extra)
    return "<head>\n" + "\n".join(s) + "\n</head>"


def figure(caption, credit, cls="wp-block-image"):
    return ('<figure class="%s"><img src="https://cdn.example/photo.jpg" alt="%s" width="1200" height="800">'
            '<figcaption>%s <span class="credit">Photo: %s</span></figcaption></figure>') % (cls, E(caption), E(caption, quote=False), credit)


CAPTION = "Delegations at the start of the talks on the first day of the visit."


# ---- the styles ------------------------------------------------------------------------------------------------

def wordpress(a):
    meta = '<meta property="article:published_time" content="%sT08:00:00+00:00"><link rel="canonical" href="%s">' % (a["date"], a["url"])
    return """<!DOCTYPE html><html lang="en-GB">%s
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="cookie-notice" class="cookie-notice-container"><span id="cn-notice-text">%s</span><a href="#" id="cn-accept-cookie" class="cn-button">Accept all</a> <a href="/privacy/">Privacy policy</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">%s</a></p><p class="site-description">Independent reporting on foreign affairs</p></div>
<nav id="site-navigation" class="main-navigation">%s</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="%sT08:00:00+00:00">%s</time></span> <span class="byline">by <a href="/author/desk/">Foreign desk</a></span></div></header>
%s
<div class="entry-content">
%s
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="#">Twitter</a></li><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-email" href="#">Email</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>%s</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/world/">World</a></span> <span class="tags-links">Tagged <a href="/tag/diplomacy/">diplomacy</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list">%s</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post"><p class="comment-notes">Your email address will not be published.</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search"><input type="search" placeholder="Search"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>%s</section>
<section class="widget widget_text"><h2 class="widget-title">About</h2><div class="textwidget"><p>The site is written by a small team of former correspondents who have covered foreign ministries, summits and negotiations for many years, and who believe that diplomacy deserves careful reporting.</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 %s. Proudly powered by WordPress. <a href="/privacy/">Privacy</a> | <a href="/contact/">Contact</a></div></footer>
</body></html>""" % (
        head(a, meta), COOKIE, E(a["site"]), nav(SECTIONS), E(a["title"]), a["date"], a["date"], figure(CAPTION, "Reuters"),
        body_html(a), nav(RELATED[:3], "jp-related"), E(a["title"]),
        "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> says:</footer><div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>' % (n, E(c)) for n, c in COMMENTS[:3]),
        nav(RELATED, "recent"), E(a["site"]))


def arc(a):
    def between(i):
        if i == 1:
            return '<div class="ad-container arc_ad" data-ad-type="box"><p class="ad-label">Advertisement</p><div id="arcad_1"></div></div>'
        if i == 3:
            return '<div class="interstitial-link"><p><b>Read more:</b> <a href="/world/2023/11/10/apec-preview/">What to watch at the APEC summit in San Francisco</a></p></div>'
        return ""
    paras = body_html(a, p_open='<p class="article-body__paragraph" data-el="text">', between=between)
    return """<!DOCTYPE html><html lang="en">%s
<body><div id="fusion-app" class="layout-wrapper">
<div class="gdpr-consent-banner" role="dialog"><p>%s</p><button>Accept</button><button>Manage preferences</button></div>
<header class="site-header"><nav class="nav-sections" aria-label="Sections">%s</nav><div class="masthead-logo"><a href="/">%s</a></div><a class="subscribe-button" href="/subscribe/">Subscribe for $1</a></header>
<main class="main-content" id="main-content"><article class="article-layout">
<div class="article-headline-wrap"><div class="kicker"><a href="/world/">World</a></div><h1 class="headline" data-el="headline">%s</h1>
<div class="byline-wrapper"><span class="byline">By Maria Teller and James Wong</span> <span class="timestamp">Published November 16, 2023 at 6:40 a.m. EST</span></div></div>
<div class="lead-art"><figure><img src="https://cdn.example/a.jpg" alt=""><figcaption class="caption">President Biden and Chinese leader Xi Jinping walk in the gardens. (Doug Mills/Pool)</figcaption></figure></div>
<div class="share-bar share-tools"><a href="#">Share</a><a href="#">Comment on this story</a><a href="#">Gift Article</a></div>
<div class="article-body" data-qa="article-body">
%s
</div>
<div class="author-bio"><p>Maria Teller covers the White House. James Wong is the paper's Beijing bureau chief.</p></div>
</article>
<section class="more-stories" aria-label="More stories"><h2>More from World</h2>%s</section>
<section class="newsletter-signup"><h3>Sign up for the Today's WorldView newsletter</h3><p>Get the most important international news every weekday morning.</p><input type="email"></section>
</main>
<footer class="site-footer"><nav>%s</nav><p>&copy; 1996-2023 %s</p></footer></div>
%s</body></html>""" % (head(a, '<link rel="canonical" href="%s">' % a["url"] + jsonld(a), og=True), COOKIE, nav(SECTIONS), E(a["site"]),
                       E(a["title"]), paras, nav(RELATED), nav(["About us", "Careers", "Terms of use", "Privacy policy", "Ad choices"]), E(a["site"]),
                       '<script>window.Fusion={"globalContent":{"type":"story"}};</script>')


def bbc(a):
    blocks = []
    for i, p in enumerate(a["paras"]):
        if isinstance(p, tuple):
            blocks.append('<div data-component="subheadline-block" class="ssrcss-y2bc5s-StyledHeading"><h2 class="ssrcss-ix7rr7-StyledHeading">%s</h2></div>' % E(p[1], quote=False))
        else:
            blocks.append('<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">%s</p></div></div>' % inline(p))
        if i == 0:
            blocks.append('<div data-component="image-block" class="ssrcss-1qr3f1s-StyledFigureContainer"><figure><img src="https://cdn.example/b.jpg" alt=""><span class="ssrcss-1tzpqcf-Copyright">Getty Images</span><figcaption class="ssrcss-1dl4ptc-Caption"><span class="ssrcss-1pvwv4b-VisuallyHidden">Image caption, </span>Mr Modi was welcomed at the White House with a ceremony on the South Lawn</figcaption></figure></div>')
        if i == 2:
            blocks.append('<div data-component="links-block" class="ssrcss-1t6ab6l-StyledLinks"><ul><li><a href="/news/world-asia-india-65900000">India and the US: a partnership in ten numbers</a></li><li><a href="/news/world-asia-india-65911111">Who is Narendra Modi?</a></li></ul></div>')
    return """<!DOCTYPE html><html lang="en-GB" class="no-js">%s
<body><div id="__next">
<div id="consent-banner" class="ssrcss-consent-banner"><h2>Let us know you agree to cookies</h2><p>%s</p><button>Yes, I agree</button><a href="/usingthebbc/cookies/">No, take me to settings</a></div>
<header role="banner" class="ssrcss-1hizfh0-GlobalNavigation"><a href="#main-content" class="ssrcss-1i6tu7q-SkipLink">Skip to content</a><nav role="navigation">%s</nav></header>
<div class="ssrcss-1ocoo3l-Wrap"><div class="ssrcss-1kh5dab-SectionNav"><nav>%s</nav></div>
<div id="main-wrapper" class="ssrcss-1sxxaus-MainWrapper"><main role="main" id="main-content" class="ssrcss-1x5bjai-Main">
<article class="ssrcss-pv1rh6-ArticleWrapper">
<header data-component="headline-block" class="ssrcss-1eqcsb1-HeadingWrapper"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">%s</h1></header>
<div data-component="byline-block" class="ssrcss-1j7d5ay-BylineBlock"><div class="ssrcss-68pt20-Text-TextContributorName">By Anil Rao</div><div class="ssrcss-84ltp5-Text">World Desk News, Washington</div><time datetime="%sT04:12:31.000Z">%s</time></div>
%s
<div data-component="share-block" class="ssrcss-1nfykbs-ShareWrapper"><button>Share</button></div>
<div data-component="tag-list" class="ssrcss-1qmkvfu-TopicListWrapper"><h2>Related Topics</h2>%s</div>
</article>
<section data-component="related-content" class="ssrcss-1ip9icy-RelatedContentWrapper"><h2>More on this story</h2>%s</section>
</main>
<div class="ssrcss-1ocoo3l-Wrap"><section data-component="most-read" class="ssrcss-most-read"><h2>Most read</h2><ol>%s</ol></section></div>
</div></div>
<footer role="contentinfo" class="ssrcss-1sepc1b-Footer"><nav>%s</nav><p class="ssrcss-copyright">Copyright 2023 World Desk News. All rights reserved. World Desk News is not responsible for the content of external sites.</p></footer>
</div></body></html>""" % (head(a, '<link rel="canonical" href="%s">' % a["url"] + jsonld(a, "ReportageNewsArticle")), COOKIE, nav(SECTIONS),
                         nav(["India", "Asia", "US and Canada", "China", "Africa"]), E(a["title"]), a["date"], "23 June 2023", "\n".join(blocks),
                         nav(["India", "United States", "Narendra Modi", "Joe Biden"]), nav(RELATED[:3]),
                         "".join("<li><a href='#'>%s</a></li>" % x for x in RELATED), nav(["Terms of Use", "About us", "Privacy Policy", "Cookies", "Accessibility Help", "Contact"]))


def tables(a):
    paras = "".join('<p><font face="Verdana" size="2">%s</font></p>\n' % inline(p) for p in a["paras"])
    return """<HTML><HEAD><TITLE>%s - %s</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=utf-8"><META name="keywords" content="saudi, iran, china, diplomacy">
</HEAD>
<BODY bgcolor="#FFFFFF" topmargin="0">
<TABLE width="780" border="0" cellpadding="0" cellspacing="0">
<TR><TD colspan="3" bgcolor="#003366"><IMG src="/img/logo.gif" alt="%s"><font color="white" size="1">Your window on the Gulf since 1998</font></TD></TR>
<TR><TD width="150" valign="top" bgcolor="#EEEEEE"><font size="1"><b>SECTIONS</b><br><a href="/news.html">News</a><br><a href="/economy.html">Economy</a><br><a href="/opinion.html">Opinion</a><br><a href="/archive.html">Archive</a><br><a href="/contact.html">Contact us</a><br><br><b>LINKS</b><br><a href="http://www.example.org/">Gulf Research</a><br><a href="http://www.example.net/">Oil Prices</a></font></TD>
<TD width="480" valign="top"><font face="Verdana" size="4"><b>%s</b></font><br>
<font face="Verdana" size="1" color="#666666">Posted on March 11, 2023 | By our correspondent</font><br><br>
%s
<p><font size="1"><a href="/print.php?id=2231">Printer-friendly version</a> | <a href="/email.php?id=2231">E-mail this article</a></font></p>
</TD>
<TD width="150" valign="top"><font size="1"><b>MOST POPULAR</b><br><a href="#">Oil output cut extended</a><br><a href="#">Qatar hosts talks on Sudan</a><br><a href="#">Kuwait names new cabinet</a><br><br><IMG src="/ads/banner-160x600.gif" alt="Advertisement"></font></TD></TR>
<TR><TD colspan="3" align="center"><font size="1">Copyright &copy; 1998-2023 %s. All rights reserved. | <a href="/terms.html">Terms</a></font></TD></TR>
</TABLE></BODY></HTML>""" % (E(a["title"], quote=False), a["site"], a["site"], E(a["title"], quote=False), paras, a["site"])


def guardian(a):
    def between(i):
        if i == 2:
            return '<aside data-gu-name="rich-link" class="element-rich-link"><a href="/world/2023/jul/17/russia-black-sea-grain-deal">Russia pulls out of Black Sea grain deal</a></aside>'
        if i == 3:
            return '<figure data-spacefinder-role="inline" class="ad-slot-container"><div class="ad-slot ad-slot--inline"></div></figure>'
        return ""
    return """<!DOCTYPE html><html lang="en">%s
<body><a class="dcr-skip" href="#maincontent">Skip to main content</a>
<div id="bannerandheader"><header data-component="nav2"><nav aria-label="Sections">%s</nav><a href="/support" class="dcr-support">Support us</a></header></div>
<div id="sp_message_container" class="message-container"><p>Yes, we use cookies. %s</p><button>Yes, I'm happy</button></div>
<main data-layout="StandardLayout"><article class="dcr-1cks63n">
<div data-gu-name="title"><a href="/world/russia">Russia</a></div>
<div data-gu-name="headline"><h1 class="dcr-y70mar">%s</h1></div>
<div data-gu-name="standfirst"><div class="dcr-1bbbpe"><p>Turkish president says solution could be found soon as Russia offers grain for poorest countries</p></div></div>
<div data-gu-name="media"><figure><img src="https://cdn.example/g.jpg"><figcaption class="dcr-caption">Vladimir Putin and Recep Tayyip Erdogan in Sochi. Photograph: Sergei Guneyev/Sputnik</figcaption></figure></div>
<div data-gu-name="meta"><address>Pjotr Sauer</address><details><summary>Mon 4 Sep 2023 17.34 BST</summary></details><div class="dcr-share"><a href="#">Share</a></div></div>
<div data-gu-name="body"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1yx4ydx">
%s
</div>
<div class="submeta"><span>Explore more on these topics</span>%s<a href="#">Reuse this content</a></div></div>
</article>
<section data-component="more-on-this-story"><h2>More on this story</h2>%s</section>
<section data-component="comments" id="comments"><h2>Comments (184)</h2><p>Sign in or create your account to join the discussion.</p>%s</section>
<section data-component="most-popular"><h2>Most viewed</h2>%s</section></main>
<footer data-component="footer"><ul><li><a href="#">About us</a></li><li><a href="#">Contact us</a></li><li><a href="#">Complaints &amp; corrections</a></li></ul><p>&copy; 2023 Bosphorus Post and its affiliated companies. All rights reserved.</p></footer>
</body></html>""" % (head(a, '<meta property="article:published_time" content="%sT16:34:13.000Z"><link rel="canonical" href="%s">' % (a["date"], a["url"])),
                     nav(SECTIONS), COOKIE, E(a["title"]), body_html(a, p_open='<p class="dcr-94xsh">', between=between),
                     nav(["Russia", "Turkey", "Vladimir Putin", "Recep Tayyip Erdogan"]), nav(RELATED[:4]),
                     "".join('<div class="comment"><span class="d2-username">%s</span><p>%s</p></div>' % (n, E(c)) for n, c in COMMENTS[:2]),
                     nav(RELATED))


def drupal(a):
    return """<!DOCTYPE html><html lang="en" dir="ltr">%s
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">%s</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation">%s</nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li><li><a href="/en/international">International</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-mainpagecontent"><article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">%s</span></h1>
<div class="node__meta"><span class="field field--name-uid">Submitted by editor</span> on <span class="field field--name-created">Sat, 04/08/2023 - 09:00</span></div>
<div class="node__content">
<div class="field field--name-field-image field--type-image"><img src="/sites/default/files/macron-xi.jpg" alt=""><div class="field field--name-field-image-caption">Emmanuel Macron and Xi Jinping in Guangzhou. AFP</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
%s
</div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/12">France</a></div><div class="field__item"><a href="/taxonomy/term/14">China</a></div></div></div>
<ul class="links inline"><li class="comment-add"><a href="/comment/reply/331">Add new comment</a></li></ul>
</div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="views-element-container"><h2>Latest</h2>%s</div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><p>Le Monde Diplomatique Weekly - an independent publication. Reproduction prohibited.</p>%s</div></footer>
</div></div></body></html>""" % (head(a, '<meta name="dcterms.date" content="%sT09:00+02:00"><link rel="canonical" href="%s">' % (a["date"], a["url"]), og=False,
                                       title="%s | %s" % (a["title"], a["site"])) .replace("</head>", '<meta property="og:site_name" content="%s"></head>' % E(a["site"])),
                                  E(a["site"]), nav(SECTIONS), E(a["title"]), body_html(a), nav(RELATED), nav(["Contact", "Legal notice", "RSS"]))


def reuters(a):
    paras = "\n".join('<div data-testid="paragraph-%d" class="text__text__1FZLe text__dark-grey__3Ml43 article-body__paragraph__2-BtD">%s</div>' % (i, inline(p))
                      for i, p in enumerate(a["paras"]))
    return """<!DOCTYPE html><html lang="en">%s
<body><div id="fusion-app">
<div class="consent-page-banner" id="onetrust-banner-sdk"><div id="onetrust-policy-text">%s</div><button id="onetrust-accept-btn-handler">I Accept</button></div>
<header class="site-header__header__1c3nG"><nav class="site-header__nav__2fM8m">%s</nav><div class="site-header__button-group"><a href="/account/sign-in/">Sign In</a><a href="/account/register/">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tB1b"><article class="article__container__2w_fX">
<header class="article-header__container__3VVOz"><nav aria-label="Tags" class="article-header__tags__3Szjv"><a href="/world/china/">China</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe heading__base__2T28j">%s</h1>
<div class="article-header__author-date__2nLpT"><div class="author-name-list__author-container__1nxp2">By <a href="/authors/simon-lee/">Simon Lee</a> and <a href="/authors/humeyra-ardic/">Humeyra Ardic</a></div><time datetime="%sT11:55:00Z" class="date-line__date__23Ge-"><span>June 19, 2023</span><span>11:55 AM UTC</span><span>Updated ago</span></time></div></header>
<div class="article__main__33WV2"><figure class="primary-image"><img src="https://cdn.example/r.jpg"><figcaption><span class="text__text__1FZLe">U.S. Secretary of State Antony Blinken meets Chinese President Xi Jinping. Leah Millis/Pool via REUTERS</span><span>Purchase Licensing Rights</span></figcaption></figure>
<div class="article-body__content__17Yit">
%s
<div class="article-body__row__dFOPA"><p data-testid="SignOff" class="sign-off__text__1JPXb">Reporting by Simon Lee; Additional reporting by Laurie Chen; Editing by Lincoln Feast</p></div>
<div class="trust-badge"><a href="/info-pages/editorial-standards/">Our Standards: The Thomson Trust Principles.</a></div>
</div>
<div data-testid="ReadNext" class="read-next-panel"><h2>Read Next</h2>%s</div></div>
</article></main>
<footer class="site-footer"><nav>%s</nav><p>All quotes delayed a minimum of 15 minutes. &copy; 2023 Global Wire. All rights reserved</p></footer>
</div></body></html>""" % (head(a, '<link rel="canonical" href="%s">' % a["url"] + jsonld(a)), COOKIE, nav(SECTIONS), E(a["title"]), a["date"], paras,
                           nav(RELATED[:3]), nav(["Browse", "World", "Business", "Markets", "Sustainability", "Legal", "About Global Wire"]))


def windows1251(a):
    paras = body_html(a)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ru"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>%s - %s</title>
<meta property="og:title" content="%s" /><meta property="og:site_name" content="%s" /><meta property="og:url" content="%s" />
<meta property="article:published_time" content="%sT14:20:00+03:00" />
<script type="text/javascript">var _ya = window._ya || [];</script>
</head><body>
<div id="cookies-warning" class="cookies">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с условиями их использования. <a href="#">Согласен</a></div>
<div class="header"><div class="logo"><a href="/">%s</a></div><div class="top-menu"><ul><li><a href="/politics/">Политика</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/world/">В мире</a></li><li><a href="/society/">Общество</a></li><li><a href="/sport/">Спорт</a></li></ul></div></div>
<div class="wrapper"><div class="left-column">
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/politics/">Политика</a></div>
<div class="news-item">
<h1>%s</h1>
<div class="news-date">13 сентября 2023, 14:20</div>
<div class="news-photo"><img src="/upload/vostochny.jpg" alt="" /><div class="photo-caption">Владимир Путин и Ким Чен Ын на космодроме Восточный. Фото: пресс-служба Кремля</div></div>
<div class="news-text">
%s
</div>
<div class="share-block">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="news-tags">Теги: <a href="#">Россия</a>, <a href="#">КНДР</a>, <a href="#">Владимир Путин</a></div>
</div>
<div class="related-news"><h3>Читайте также</h3><ul><li><a href="#">Лавров провёл переговоры с главой МИД КНДР</a></li><li><a href="#">Шойгу посетил Пхеньян</a></li><li><a href="#">В Кремле прокомментировали визит</a></li></ul></div>
</div>
<div class="right-column"><div class="banner"><a href="#"><img src="/banners/240x400.gif" alt="Реклама" /></a></div><div class="popular"><h3>Популярное</h3><ul><li><a href="#">Курс рубля на неделю</a></li><li><a href="#">Прогноз погоды</a></li></ul></div></div></div>
<div class="footer">© 2005-2023 %s. Все права защищены. При использовании материалов ссылка обязательна.</div>
</body></html>""" % (E(a["title"], quote=False), a["site"], E(a["title"]), E(a["site"]), a["url"], a["date"], a["site"], E(a["title"], quote=False), paras, a["site"])


def amp(a):
    return """<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>%s - %s</title>
<link rel="canonical" href="%s"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<style amp-custom>body{font-family:Georgia,serif}.byline{color:#555}</style>
%s
</head><body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>%s</p><button on="tap:consent.accept">Accept</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav>%s</nav></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger">Menu</button><a href="/" class="brand">%s</a></header>
<article class="amp-article">
<h1 class="amp-title">%s</h1>
<div class="byline">By Tom Hale <time datetime="%sT15:10:00-04:00">Aug. 18, 2023</time></div>
<amp-img src="https://cdn.example/cd.jpg" width="1200" height="675" layout="responsive" alt="Leaders at Camp David"></amp-img>
<p class="caption">The three leaders at Camp David on Friday. Photo by Andrew Harnik/AP</p>
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share>
<div class="amp-article-body">
%s
</div>
<section class="amp-related"><h2>You might also like</h2>%s</section>
</article>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_article"></amp-ad>
<footer class="amp-footer"><p>&copy; 2023 %s</p><a href="%s">View full site</a></footer>
</body></html>""" % (E(a["title"], quote=False), a["site"], a["url"], jsonld(a), COOKIE, nav(SECTIONS), a["site"], E(a["title"], quote=False), a["date"],
                     body_html(a, between=lambda i: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_inline"><div placeholder>Advertisement</div></amp-ad>' if i == 1 else ""),
                     nav(RELATED[:3]), a["site"], a["url"])


def joomla(a):
    return """<!DOCTYPE html><html lang="en-gb" dir="ltr">%s
<body class="site com_content view-article"><div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">%s</span></a></div></header>
<nav class="navigation" role="navigation"><div class="nav-collapse">%s</div></nav>
<div class="moduletable cookie-bar"><p>This website uses cookies to ensure you get the best experience. <a href="#">Learn more</a> <a href="#" class="btn">Got it!</a></p></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB" />
<div class="page-header"><h2 itemprop="headline">%s</h2></div>
<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#">Actions</a><ul class="dropdown-menu"><li class="print-icon"><a href="#">Print</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby">Written by Nordic Monitor staff</dd><dd class="category-name">Category: <a href="#">Politics</a></dd><dd class="published"><time datetime="%sT18:31:04+00:00" itemprop="datePublished">Published: 07 March 2024</time></dd><dd class="hits">Hits: 2311</dd></dl>
<div itemprop="articleBody">
%s
</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Prev</a></li><li class="next"><a href="#" rel="next">Next &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="well"><h3 class="page-header">Latest News</h3>%s</div><div class="well"><h3 class="page-header">Login Form</h3><form><input name="username"><input name="password" type="password"><button>Log in</button></form></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>&copy; 2024 %s</p></div></footer>
</body></html>""" % (head(a, '<link href="%s" rel="canonical" />' % a["url"], og=False, title=a["title"]).replace("</head>", '<meta name="application-name" content="%s"></head>' % a["site"]),
                     a["site"], nav(SECTIONS, "nav menu"), E(a["title"], quote=False), a["date"], body_html(a), nav(RELATED), a["site"])


def cssinjs(a):
    paras = "\n".join('<p class="css-at9mc1 evys1bk0">%s</p>' % inline(p) for p in a["paras"])
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
<meta name="parsely-pub-date" content="%sT03:02:00Z"><meta name="parsely-title" content="%s">
<link rel="canonical" href="%s">%s
<style>.css-at9mc1{font-size:1.25rem}</style></head>
<body><div id="app"><div class="css-1r5gb7q">
<div class="css-qlox6q e1hr934v1"><a class="css-1e5mgwa" href="#site-content">Skip to content</a><a class="css-1e5mgwa" href="#site-index">Skip to site index</a></div>
<header class="css-ahe4g0 e1m0pzr40"><div class="css-1yh6hg6"><a href="/" class="css-nhjhh0">%s</a></div><div class="css-10488qs"><ul class="css-1vxc2sl">%s</ul></div></header>
<div id="site-content" class="css-1ykkyxd"><div class="css-53u6y8"><div class="css-1vkm6nb ehdk2mb0">
<h1 class="css-1l0wnwg e1h9rw200" data-testid="headline">%s</h1>
<div class="css-1r0l2ax"><span class="css-1baulvz last-byline">By Ji-hoon Park</span><time class="css-1sbuyqj e16638kd3" datetime="%s">June 19, 2024</time></div>
<div class="css-79elbk"><img class="css-rq4mmj" src="https://cdn.example/k.jpg"><span class="css-jevhq9">Kim Jong Un and Vladimir Putin in Pyongyang. KCNA via Reuters</span></div>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">%s</div></div>
</section>
<div class="css-1yw3e2w"><div class="css-xt80pu"><span>Share full article</span><button class="css-1w4p9f8">Share</button></div></div>
<div id="bottom-wrapper" class="css-1ede5it"><div class="css-1bd8bfl"><h2 class="css-1b1ko2r">More on North Korea</h2>%s</div></div>
</div></div></div>
<div id="site-index" class="css-ukm8w4"><h2 class="css-1g0y3xh">Site Index</h2>%s</div>
<div class="css-1o5pskr"><p class="css-1bdwl3c">&copy; 2024 Korea Watch Daily Company</p><a href="#">Terms of Service</a></div>
</div></div></body></html>""" % (E(a["title"], quote=False), a["date"], E(a["title"]), a["url"], jsonld(a, date=False),
                                   a["site"], "".join("<li class='css-1d8a290'><a href='#'>%s</a></li>" % s for s in SECTIONS), E(a["title"], quote=False),
                                   a["date"], paras, nav(RELATED), nav(SECTIONS + ["Weather", "Crosswords", "Cooking"]))


def ghost(a):
    return """<!DOCTYPE html><html lang="en">%s
<body class="post-template tag-india"><div class="viewport"><div class="site-content">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a></div><nav class="gh-head-menu">%s</nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main"><article class="article post tag-india">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/india/">India</a></span></div>
<h1 class="article-title">%s</h1><div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rohan/">Rohan Mehta</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">Aug 23, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></div>
<figure class="article-image"><img src="https://cdn.example/modi-kyiv.jpg"><figcaption><span style="white-space: pre-wrap;">Narendra Modi and Volodymyr Zelensky in Kyiv.</span> Photo: PIB</figcaption></figure></header>
<section class="gh-content gh-canvas">
%s
<div class="kg-card kg-cta-card"><p>Enjoyed this piece? <a href="#/portal/signup">Subscribe to South Asia Dispatch</a> for free to get every story in your inbox.</p></div>
</section></article>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"><h2>Discussion</h2>%s</div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>%s</div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> &copy; 2024</section><nav class="site-footer-nav">%s</nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div></div></body></html>""" % (head(a, '<meta property="article:published_time" content="%sT10:21:42.000Z"><link rel="canonical" href="%s">' % (a["date"], a["url"])),
                                   a["site"], nav(SECTIONS[:5]), E(a["title"], quote=False), a["date"], body_html(a),
                                   "".join('<div class="comment"><b>%s</b><p>%s</p></div>' % (n, E(c)) for n, c in COMMENTS[2:5]),
                                   nav(RELATED[:3]), a["site"], nav(["Sign up", "Privacy", "Contact"]))


def wire(a):
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s"><meta property="og:site_name" content="%s"></head>
<body><div class="topbar"><ul class="langs"><li><a href="#">English</a></li><li><a href="#">Magyar</a></li><li><a href="#">Deutsch</a></li></ul></div>
<div class="page"><div class="story">
<div class="story-section">World / Europe</div>
<h1>%s</h1>
<div class="story-content">
%s
</div>
<div class="story-footer"><p>(Reporting by Anna Kovacs; editing by Peter Gray)</p><p>&copy; Danube Wire 2024. Redistribution prohibited.</p></div>
</div>
<div class="story-list"><h3>Latest wires</h3>%s</div></div></body></html>""" % (E(a["title"], quote=False), a["url"], a["site"], E(a["title"], quote=False),
                                                                                  body_html(a), nav(RELATED))


def aljazeera(a):
    def between(i):
        if i == 0:
            return '<div class="more-on"><h3 class="more-on__heading">Keep reading</h3><ul class="more-on__list"><li><a href="#">Lula arrives in Shanghai for China visit</a></li><li><a href="#">Brazil and China: trade in numbers</a></li><li><a href="#">What does Lula want from Xi?</a></li></ul></div>'
        if i == 2:
            return '<div class="container--ads container--ads-leaderboard-after-fifth-paragraph"><div class="ads"><span class="ads__label">Advertisement</span></div></div>'
        return ""
    return """<!DOCTYPE html><html lang="en">%s
<body><div id="root"><div class="site-header-wrapper"><a class="skip-link" href="#main-content-area">Skip to Content</a>
<header class="site-header"><div class="site-header__logo"><a href="/">%s</a></div><nav class="site-header__navigation" aria-label="Primary navigation menu">%s</nav><div class="site-header__live-menu"><a href="/live/">Live</a></div></header></div>
<div class="container container--header"><div class="breaking-news-banner"><span>Breaking</span> <a href="#">Storm makes landfall on the coast</a></div></div>
<main id="main-content-area" class="container"><div class="article-header"><div class="topics"><a href="/news/">News</a>|<a href="/tag/politics/">Politics</a></div>
<header class="article-header"><h1>%s</h1><p class="article__subhead"><em>The Brazilian leader is on a four-day visit to China to deepen trade ties.</em></p></header></div>
<div class="article-info-block"><div class="article-b-l-s"><div class="article-author-name">By Hemisphere Today Staff</div><div class="date-simple"><span class="screen-reader-text">Published On 14 Apr 2023</span><span aria-hidden="true">14 Apr 2023</span></div></div><div class="article-share"><ul class="social-share"><li><a href="#">Click here to share on social media</a></li></ul></div></div>
<figure class="article-featured-image"><img src="https://cdn.example/lula.jpg"><figcaption>Lula da Silva and Xi Jinping at the Great Hall of the People in Beijing [Ken Ishii/Pool via Reuters]</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content css-1ck9wyi">
%s
</div>
<div class="article-source"><p>Source: Hemisphere Today and news agencies</p></div>
</main>
<div class="more-from-section"><h2>More from News</h2>%s</div>
<div class="trending-articles"><h2>Most Read</h2>%s</div>
<footer class="footer"><nav>%s</nav><p>&copy; 2023 Hemisphere Today Media Network</p></footer></div></body></html>""" % (
        head(a, '<link rel="canonical" href="%s">' % a["url"] + jsonld(a)), a["site"], nav(SECTIONS), E(a["title"], quote=False),
        body_html(a, between=between), nav(RELATED), nav(RELATED[2:]), nav(["About", "Contact", "Cookie preferences", "Privacy policy"]))


def liveupdates(a):
    def between(i):
        if i in (0, 2):
            return '<div class="adBox"><div class="adv-text">ADVERTISEMENT</div><div id="div-gpt-ad-1"></div></div>'
        if i == 1:
            return '<p class="alsoRead"><strong>Also read:</strong> <a href="#">India and China agree on border patrolling arrangement</a></p>'
        return ""
    return """<!DOCTYPE html><html lang="en">%s
<body><div class="main-wrapper"><div class="top-strip"><a href="#">e-Paper</a> | <a href="#">Newsletters</a> | <a href="#">Sign in</a></div>
<div class="header"><div class="logo"><a href="/">%s</a></div><div class="mainNav">%s</div></div>
<div class="trending-strip"><span>Trending:</span> <a href="#">Election results</a> <a href="#">Cricket score</a> <a href="#">Stock market today</a></div>
<div class="container"><div class="leftSection"><div class="storyDetail">
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/india/">India</a></div>
<h1 class="headline">%s</h1>
<div class="storyBy"><span class="writer">Asia Frontline Bureau</span> | <span class="dateTime">Updated: Oct 23, 2024, 19:45 IST</span></div>
<div class="socialShare"><a href="#">WhatsApp</a><a href="#">X</a><a href="#">Facebook</a><a href="#">Copy link</a></div>
<div class="storyImage"><img src="https://cdn.example/kazan.jpg"><span class="imgCaption">PM Modi and President Xi Jinping in Kazan (Image: PTI)</span></div>
<div class="storyContent" id="storyContent">
%s
</div>
<div class="storyTags"><span>Tags:</span> <a href="#">BRICS Summit</a> <a href="#">Narendra Modi</a> <a href="#">Xi Jinping</a></div>
<div class="taboola-wrapper" id="taboola-below-article"><h3>You May Also Like</h3><a href="#">Doctors stunned by this simple trick</a><a href="#">Top 10 destinations for winter</a></div>
</div></div>
<div class="rightSection"><div class="widget"><h3>Latest News</h3>%s</div></div></div>
<div class="footer"><div class="footerLinks">%s</div><p>Copyright &copy; 2024 Asia Frontline. All Rights Reserved.</p></div></div></body></html>""" % (
        head(a, '<meta name="sailthru.date" content="%s 14:15:00"><link rel="canonical" href="%s">' % (a["date"], a["url"])), a["site"], nav(SECTIONS), E(a["title"], quote=False),
        body_html(a, between=between), nav(RELATED), nav(["About Us", "Contact Us", "Advertise", "Careers", "Sitemap"]))


LONG_COMMENTS = COMMENTS * 3


def comments(a):
    thread = "\n".join('<div class="comment-item"><div class="comment-author">%s</div><div class="comment-text"><p>%s</p></div><div class="comment-actions"><a href="#">Reply</a> <a href="#">Like</a></div></div>' % (n, E(c)) for n, c in LONG_COMMENTS)
    return """<!DOCTYPE html><html lang="en">%s
<body><div class="page-wrap"><div class="site-nav">%s</div>
<div class="cookie-consent" id="cookieConsent"><p>%s</p><a class="btn" href="#">OK</a></div>
<div class="page-content"><div class="post-single">
<div class="post-head"><span class="post-category"><a href="/politics/">Politics</a></span><h1 class="post-title">%s</h1><div class="post-info"><span class="post-author">By Laura Fenwick</span> <span class="post-date">16 September 2024</span></div></div>
<div class="post-image"><img src="https://cdn.example/rome.jpg"><p class="post-image-caption">Keir Starmer and Giorgia Meloni at Villa Doria Pamphilj. Credit: Palazzo Chigi press office</p></div>
<div class="post-text">
%s
</div>
<div class="post-share"><span>Share this story</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
</div>
<div class="discussion" id="comments"><h3>%d comments</h3><p class="discussion-rules">Comments are moderated. Please keep the discussion civil and on topic.</p>
%s
<a class="load-more" href="#">Load more comments</a></div></div>
<div class="site-foot"><p>Channel Europe &copy; 2024</p>%s</div></div></body></html>""" % (
        head(a, '<meta property="article:published_time" content="%sT18:05:00+01:00"><link rel="canonical" href="%s">' % (a["date"], a["url"])),
        nav(SECTIONS), COOKIE, E(a["title"], quote=False), body_html(a), len(LONG_COMMENTS), thread, nav(["About", "Privacy", "Contact"]))


def substack(a):
    def between(i):
        if i == 1:
            return '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>The Atlantic Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email..."><input type="submit" value="Subscribe"></form></div></div>'
        if i == 2:
            return '<p class="button-wrapper" data-attrs="share"><a class="button primary" href="#"><span>Share</span></a></p>'
        return ""
    return """<!DOCTYPE html><html lang="en">%s
<body><div id="entry"><div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">%s</a><div class="navbar-buttons"><a class="button subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">%s</h1><h3 class="subtitle">What happened in the Oval Office, and what comes next for Kyiv</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="#">Eleanor Vance</a></div><div class="pencraft pc-reset color-pub-secondary-text">Feb 28, 2025</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button" href="#">412</a><a class="post-ufi-button post-ufi-comment-button" href="#">96</a><a class="post-ufi-button" href="#">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
%s
</div></div>
<div class="post-footer"><div class="post-ufi"><a href="#">Like</a> <a href="#">Comment</a> <a href="#">Restack</a></div></div>
</article></div>
<div class="comments-page"><h4>Discussion about this post</h4>%s</div></div></div>
<div class="footer-wrap"><div class="footer"><p>&copy; 2025 Eleanor Vance</p><a href="#">Privacy</a> &middot; <a href="#">Terms</a> &middot; <a href="#">Collection notice</a><p>Substack is the home for great culture</p></div></div></div></body></html>""" % (
        head(a, '<link rel="canonical" href="%s">' % a["url"] + jsonld(a, "NewsArticle")), a["site"], E(a["title"], quote=False), body_html(a, between=between),
        "".join('<div class="comment"><div class="comment-meta">%s</div><div class="comment-body"><p>%s</p></div></div>' % (n, E(c)) for n, c in COMMENTS[:4]))


def govpress(a):
    return """<!DOCTYPE html><html lang="en">%s
<body><div class="gov-banner">An official website of the government</div>
<div id="header"><div class="logo"><a href="/en/">%s</a></div><div class="lang-switch"><a href="#">EN</a> <a href="#">FR</a></div><div class="search"><form><input name="q" placeholder="Search the site"><button>Search</button></form></div></div>
<div id="topmenu"><ul><li><a href="#">The Ministry</a></li><li><a href="#">Foreign policy</a></li><li><a href="#">Press centre</a></li><li><a href="#">Consular services</a></li><li><a href="#">Embassies</a></li></ul></div>
<div id="wrapper"><div id="leftcol"><ul class="submenu"><li><a href="#">News</a></li><li><a href="#">Statements</a></li><li><a href="#">Speeches</a></li><li><a href="#">Briefings</a></li><li><a href="#">Photo gallery</a></li></ul></div>
<div id="content"><div class="crumbs"><a href="/en/">Home</a> &gt; <a href="/en/press/">Press centre</a> &gt; <a href="/en/press/news/">News</a></div>
<div class="date">11.03.2025 21:47</div>
<h1>%s</h1>
<div class="text">
%s
</div>
<div class="doc-tools"><a href="#">Print version</a> | <a href="#">Send to a friend</a> | <a href="#">Download PDF</a></div>
<div class="back"><a href="/en/press/news/">&lt;&lt; Back to the list of news</a></div>
</div></div>
<div id="footer"><p>&copy; Ministry of Foreign Affairs, 2025. When using materials from the site, a link to the source is required.</p><ul><li><a href="#">Accessibility</a></li><li><a href="#">Site map</a></li></ul></div></body></html>""" % (
        head(a, '<meta name="DC.date.issued" content="%s"><link rel="canonical" href="%s">' % (a["date"], a["url"]), og=False,
             title="%s - %s" % (a["title"], a["site"])).replace("</head>", '<meta property="og:site_name" content="%s"></head>' % a["site"]),
        a["site"], E(a["title"], quote=False), body_html(a))


def blogspot(a):
    return """<!DOCTYPE html><html dir="ltr" xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>%s: %s</title><link href="%s" rel="canonical"><meta content="%s" property="og:title"><meta content="%s" property="og:url">
<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="/feeds/posts/default"></head>
<body><div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><h1 class="title"><a href="/">%s</a></h1><p class="description">Notes on Russian foreign policy, read closely.</p></div></div></header>
<div class="tabs-outer"><div class="PageList widget"><ul><li><a href="/">Home</a></li><li><a href="/p/about.html">About</a></li><li><a href="/p/archive.html">Archive</a></li></ul></div></div>
<div class="main-outer"><div class="columns"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Wednesday, February 12, 2025</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="%sT19:41:00Z" itemprop="datePublished">
<h3 class="post-title entry-title" itemprop="name">%s</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-8812" itemprop="description articleBody">
%s
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">kremlinwatcher</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="%s"><abbr class="published" title="%sT19:41:00Z">7:41 PM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#">4 comments</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#">Email This</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-twitter" href="#">Share to X</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="#">Putin</a>, <a href="#">Trump</a>, <a href="#">Ukraine</a></span></div></div>
</div>
<div class="comments" id="comments"><h4>4 comments:</h4><div id="comment-holder"><dl class="comments-block">%s</dl></div></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span> <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span> <a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#">Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul class="hierarchy"><li><a href="#">2025</a> (14)</li><li><a href="#">2024</a> (88)</li><li><a href="#">2023</a> (102)</li></ul></div>
<div class="widget Profile" id="Profile1"><h2>About Me</h2><dl class="profile-datablock"><dd class="profile-textblock">Former correspondent in Moscow, now reading the Kremlin's readouts so you don't have to. Opinions are my own and not those of any employer, past or present.</dd></dl></div></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="Attribution widget">Powered by Blogger.</div></div></footer></div></div></body></html>""" % (
        a["site"], E(a["title"], quote=False), a["url"], E(a["title"]), a["url"], a["site"], a["site"], a["date"], E(a["title"], quote=False),
        "<br />\n".join(inline(p) + "<br />" for p in a["paras"]), a["url"], a["date"],
        "".join('<dt class="comment-author">%s said...</dt><dd class="comment-body"><p>%s</p></dd>' % (n, E(c)) for n, c in COMMENTS[1:5]))


def latin1(a):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>%s - %s</title><meta name="date" content="%s"><meta name="description" content="Visite d'Etat du président de la République en Allemagne">
<link rel="canonical" href="%s"></head>
<body><div id="bandeau-cookies">Ce site utilise des cookies pour mesurer l'audience et vous proposer des contenus adaptés. <a href="#">Accepter</a> <a href="#">Paramétrer</a></div>
<div id="entete"><a href="/"><img src="/img/logo.png" alt="%s"></a><ul id="menu"><li><a href="/france/">France</a></li><li><a href="/monde/">Monde</a></li><li><a href="/economie/">Économie</a></li><li><a href="/culture/">Culture</a></li><li><a href="/sports/">Sports</a></li></ul></div>
<div id="page"><div id="colonne-principale">
<p class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/monde/">Monde</a></p>
<h1 class="titre-article">%s</h1>
<p class="signature">Par notre correspondant à Berlin - Publié le 27 mai 2024 à 18h12</p>
<div class="photo"><img src="/photos/macron-berlin.jpg" alt=""><p class="legende">Emmanuel Macron et Frank-Walter Steinmeier à Berlin, dimanche. Photo AFP</p></div>
<div class="corps-article">
%s
</div>
<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Courriel</a></div>
<div class="a-lire-aussi"><h3>À lire aussi</h3><ul><li><a href="#">Le couple franco-allemand à l'épreuve</a></li><li><a href="#">Ce que contient le traité d'Aix-la-Chapelle</a></li></ul></div>
</div>
<div id="colonne-droite"><div class="pub">Publicité</div><div class="les-plus-lus"><h3>Les plus lus</h3><ol><li><a href="#">Météo : un week-end pluvieux</a></li><li><a href="#">Les résultats du tiercé</a></li></ol></div></div></div>
<div id="pied"><p>© Le Courrier du Rhin 2024 - Tous droits réservés - <a href="#">Mentions légales</a></p></div>
</body></html>""" % (E(a["title"], quote=False), a["site"], a["date"], a["url"], a["site"], E(a["title"], quote=False), body_html(a))


def divtext(a):
    text = "<br><br>\n".join(inline(p) for p in a["paras"])
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s | %s</title><meta name="pubdate" content="%s">
<link rel="canonical" href="%s"><meta property="og:site_name" content="%s"></head>
<body><div id="top"><div class="logo">%s</div><div class="nav-links">%s</div></div>
<div class="flash"><marquee>Sensex closes higher | Monsoon update | G20 traffic advisory for Saturday</marquee></div>
<div class="main"><div class="story">
<div class="story_title">%s</div>
<div class="story_by">Delhi Standard News Service | New Delhi</div>
<div class="txt">
%s
</div>
<div class="social_links"><a href="#">Tweet</a> <a href="#">Share</a></div>
</div>
<div class="related_box"><b>Related News</b><br>%s</div>
</div>
<div class="bottom">Delhi Standard &copy; 2023 | <a href="#">Advertise with us</a> | <a href="#">Disclaimer</a></div></body></html>""" % (
        E(a["title"], quote=False), a["site"], a["date"], a["url"], a["site"], a["site"], nav(SECTIONS), E(a["title"], quote=False), text,
        "<br>".join('<a href="#">%s</a>' % r for r in RELATED))


# ---- held-out styles (written after the extractor was tuned) -----------------------------------------------------

TEASERS = [
    "Ministers from the Gulf states gathered in Riyadh on Sunday to discuss shipping security in the Red Sea, amid fears that attacks on merchant vessels would spread.",
    "The European Union agreed a new package of sanctions, targeting shipping companies, banks and more than fifty individuals, after weeks of negotiations between member states.",
    "Talks on a free trade agreement between the two blocs resumed in Brussels, with negotiators saying that agriculture, public procurement and deforestation rules remained sticking points.",
]


def nextjs(a):
    paras = "\n".join('<p class="sc-77igqf-0 bOfvBY">%s</p>' % inline(p) for p in a["paras"][:2])
    paras += '\n<div class="sc-1yv4k2a-0 gHmKzW"><div class="sc-1yv4k2a-1 jYrVQq">Advertisement</div><div id="ad-slot-2"></div></div>\n'
    paras += "\n".join('<p class="sc-77igqf-0 bOfvBY">%s</p>' % inline(p) for p in a["paras"][2:])
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - %s</title><link rel="canonical" href="%s">%s
<meta property="og:site_name" content="%s"></head><body><div id="__next"><div class="sc-3b9d1c-0 hCxXnA">
<div class="sc-a1f9e2-0 dKqWrL"><a href="/"><img src="/logo.svg" alt="%s"></a><div class="sc-a1f9e2-1 fPzLmt"><a href="/world">World</a><a href="/asia">Asia</a><a href="/business">Business</a><a href="/opinion">Opinion</a></div><button class="sc-a1f9e2-2 cYwWqd">Subscribe</button></div>
<div class="sc-5c1e8d-0 eTkRzN"><span class="sc-5c1e8d-1 kLmNop"><a href="/world">World</a></span><h1 class="sc-5c1e8d-2 hQrStu">%s</h1>
<div class="sc-5c1e8d-3 aBcDef"><a href="/authors/somchai-k">Somchai K.</a><span> | </span><time datetime="%sT09:30:00+07:00">25 July 2024</time></div></div>
<div class="sc-9f8e7d-0 gHiJkl"><img src="https://cdn.example/lavrov-wang.jpg" alt=""><span class="sc-9f8e7d-1 mNoPqr">Sergei Lavrov and Wang Yi before their talks in Vientiane. Photo: Russian Foreign Ministry via AP</span></div>
<div class="sc-2e4f6a-0 sTuVwx">
%s
</div>
<div class="sc-7b8c9d-0 yZaBcD"><h2 class="sc-7b8c9d-1 eFgHij">Read more</h2>%s</div>
<div class="sc-4d5e6f-0 kLmNoP"><h3>Get the Mekong Times morning briefing</h3><p>The most important stories from the region, in your inbox at 7am.</p><input placeholder="Email address"><button>Sign up</button></div>
<div class="sc-0a1b2c-0 qRsTuV"><p>&copy; 2024 Mekong Times. All rights reserved.</p><a href="#">Privacy</a> <a href="#">Terms</a></div>
</div></div></body></html>""" % (E(a["title"], quote=False), a["site"], a["url"], jsonld(a), a["site"], a["site"], E(a["title"], quote=False), a["date"], paras,
                         "".join('<div class="sc-7b8c9d-2 kLqRst"><a href="#"><h3>%s</h3><p>%s</p></a></div>' % (r, t) for r, t in zip(RELATED, TEASERS)))


def medium(a):
    paras = "\n".join('<p id="p%d" class="pw-post-body-paragraph mu mv gt mw b mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn no np nq nr gm bj" data-selectable-paragraph="">%s</p>' % (i, inline(p)) for i, p in enumerate(a["paras"]))
    return """<!doctype html><html lang="en"><head><title>%s | by Eleni Markou | %s</title>
<meta property="og:title" content="%s"><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%sT14:22:10.118Z">
<link rel="canonical" href="%s"></head><body><div id="root"><div class="a b c"><div class="l"><div class="ab"><a href="/">%s</a></div><div class="ac"><a href="/m/signin">Sign in</a> <a href="/m/signup">Get started</a></div></div>
<article><div class="l"><section><div class="gm gn go gp gq"><div class="ab ca"><div class="ch bg ew ex ey ez">
<h1 data-testid="storyTitle" class="pw-post-title">%s</h1>
<div class="speechify-ignore ab cp"><div class="ab"><a href="/@eleni">Eleni Markou</a> <button>Follow</button></div><div><span data-testid="storyReadTime">4 min read</span> <span data-testid="storyPublishDate">Dec 7, 2023</span></div>
<div class="ab"><button aria-label="clap">1.2K</button> <button aria-label="responses">12</button> <button>Listen</button> <button>Share</button></div></div>
%s
</div></div></div></section></div></article>
<div class="l"><div class="ab"><button aria-label="clap">1.2K</button><button>Share</button></div>
<div class="pw-responses"><h2>Responses (12)</h2><div><p>%s</p></div><div><p>%s</p></div></div>
<div><h2>More from %s</h2>%s</div></div></div></div></body></html>""" % (
        E(a["title"], quote=False), a["site"], E(a["title"]), a["site"], a["date"], a["url"], a["site"], E(a["title"], quote=False), paras,
        E(COMMENTS[0][1]), E(COMMENTS[3][1]), a["site"],
        "".join('<div><a href="#"><h2>%s</h2><h3>%s</h3></a></div>' % (r, t) for r, t in zip(RELATED, TEASERS)))


def hugo(a):
    return """<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>%s | %s</title><meta name="generator" content="Hugo 0.121.1">
<meta property="og:title" content="%s"><meta property="og:site_name" content="%s"><meta property="og:url" content="%s">
<meta property="article:published_time" content="%sT18:00:00-05:00"><link rel="canonical" href="%s"></head>
<body><header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="%s (Alt + H)">%s</a></div><ul id="menu"><li><a href="/archives/">Archive</a></li><li><a href="/tags/">Tags</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title">%s</h1><div class="post-meta"><span title="2023-12-12 18:00:00 -0500 EST">December 12, 2023</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Capitol Notes</div></header>
<div class="toc"><details><summary>Table of Contents</summary><ul><li><a href="#aid">Aid</a></li></ul></details></div>
<div class="post-content">%s</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/ukraine/">Ukraine</a></li><li><a href="/tags/congress/">Congress</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/prev/"><span class="title">« Prev</span><br><span>House passes defence bill with Ukraine provisions</span></a><a class="next" href="/posts/next/"><span class="title">Next »</span><br><span>Senate leaves for the holidays without a deal</span></a></nav>
<div class="share-buttons"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a></div></footer></article></main>
<footer class="footer"><span>&copy; 2023 <a href="/">%s</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a></span></footer></body></html>""" % (
        E(a["title"], quote=False), a["site"], E(a["title"]), a["site"], a["url"], a["date"], a["url"], a["site"], a["site"], E(a["title"], quote=False),
        body_html(a), a["site"])


def phpnuke(a):
    text = "<br><br>".join(inline(p) for p in a["paras"])
    return """<html><head><title>%s :: %s</title><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body bgcolor="#ffffff" text="#000000"><center><table border="0" cellpadding="0" cellspacing="0" width="100%%"><tr><td><img src="themes/DeepBlue/images/logo.gif" alt="Welcome to %s"></td></tr></table></center>
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr valign="top">
<td width="150" bgcolor="#eeeeee"><table border="0" width="150"><tr><td><font class="title">Main Menu</font></td></tr><tr><td><font class="content"><strong><big>&middot;</big></strong> <a href="index.php">Home</a><br><strong><big>&middot;</big></strong> <a href="modules.php?name=Topics">Topics</a><br><strong><big>&middot;</big></strong> <a href="modules.php?name=Search">Search</a><br><strong><big>&middot;</big></strong> <a href="modules.php?name=Your_Account">Your Account</a></font></td></tr></table>
<br><table border="0" width="150"><tr><td><font class="title">Who's Online</font></td></tr><tr><td><font class="content">There are currently, 48 guest(s) and 0 member(s) that are online.<br><br>You are Anonymous user. You can register for free by clicking here</font></td></tr></table></td>
<td width="100%%"><table width="100%%" border="0" cellspacing="1" cellpadding="3" bgcolor="#000000"><tr><td bgcolor="#ffffff">
<font class="title"><b>%s</b></font><br><font class="tiny">Posted on Monday, May 06, 2024 @ 18:40:12 CEST by admin</font><br><br>
<font class="content">%s</font><br><br>
<font class="tiny"><a href="modules.php?name=News&amp;file=print&amp;sid=8812">Printer Friendly Page</a> &nbsp; <a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid=8812">Send to a Friend</a></font>
</td></tr></table><br><table width="100%%" border="0"><tr><td><font class="title">Related Links</font><br><font class="content">&middot; <a href="#">More about Europe</a><br>&middot; <a href="#">News by admin</a><br>&middot; <a href="#">Most read story about Europe</a></font></td></tr></table>
<br><table width="100%%"><tr><td><font class="content">The comments are owned by the poster. We aren't responsible for their content.</font></td></tr><tr><td><font class="content"><b>Re: %s</b> (Score: 1)<br>by reader42 on Monday, May 06, 2024 @ 20:12:44 CEST<br>%s</font></td></tr></table></td>
<td width="150"><table><tr><td><font class="title">Old Articles</font><br><font class="content"><a href="#">Sunday, May 05</a><br><a href="#">Saturday, May 04</a></font></td></tr></table></td></tr></table>
<center><font class="footmsg">All logos and trademarks in this site are property of their respective owner. The comments are property of their posters, all the rest (c) 2024 by me.<br>You can syndicate our news using the file backend.php or ultramode.txt</font></center></body></html>""" % (
        a["site"], E(a["title"], quote=False), a["site"], E(a["title"], quote=False), text, E(a["title"], quote=False), E(COMMENTS[4][1]))


def pullquotes(a):
    p = a["paras"]
    quote = p[0].split(" and warned")[0]
    body = ['<p>%s</p>' % inline(p[0]),
            '<div class="audio-player"><span>Listen to this article</span> <button>Play</button> <span>4 min</span></div>',
            '<p>%s</p>' % inline(p[1]),
            '<blockquote class="pull-quote"><p>&ldquo;%s&rdquo;</p></blockquote>' % E(quote, quote=False),
            '<div class="inline-image"><img src="https://cdn.example/blinken-xi.jpg"><div class="image-caption">Antony Blinken and Xi Jinping at the Great Hall of the People.</div><div class="image-credit">Mark Schiefelbein / Pool</div></div>',
            '<p>%s</p>' % inline(p[2]),
            '<aside class="inline-related"><span>Related</span><a href="#">China and the US agree to resume military talks</a></aside>',
            '<p>%s</p>' % inline(p[3])]
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title><meta property="og:title" content="%s">
<meta property="og:site_name" content="%s"><link rel="canonical" href="%s">%s</head>
<body><div class="site"><div class="top-bar"><a href="/e-paper">E-paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<div class="site-header"><a class="logo" href="/">%s</a><ul class="primary-menu"><li><a href="/news">News</a></li><li><a href="/asia">Asia</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></div>
<div class="page-body"><div class="story"><div class="story-header"><p class="section-label">World</p><h1>%s</h1><p class="story-meta">Straits Observer correspondent in Beijing &middot; April 26, 2024</p></div>
<div class="entry">%s</div>
<div class="story-tags"><span>Topics</span> <a href="#">United States</a> <a href="#">China</a> <a href="#">Russia</a></div></div>
<div class="side"><div class="box"><h3>Latest</h3>%s</div><div class="box"><h3>Popular</h3>%s</div></div></div>
<div class="bottom"><p>Straits Observer &copy; 2024. Company registration no. 201912345K.</p></div></div></body></html>""" % (
        E(a["title"], quote=False), a["site"], E(a["title"]), a["site"], a["url"], jsonld(a), a["site"], E(a["title"], quote=False), "\n".join(body),
        nav(RELATED), "".join('<div class="teaser"><a href="#">%s</a><p>%s</p></div>' % (r, t) for r, t in zip(RELATED, TEASERS)))


def spanonly(a):
    paras = "\n".join('<div class="para"><span class="txt">%s</span></div>' % inline(p) for p in a["paras"])
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s">%s</head>
<body><div class="wrap"><div class="masthead"><a href="/">%s</a><div class="sections"><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/markets">Markets</a></div></div>
<div class="layout"><div class="content-wrapper"><div class="headline-area"><h1>%s</h1><div class="credits">By Continental Wire staff</div><div class="when">16 May 2024</div></div>
<div class="story-text">%s</div></div>
<div class="rail-right"><div class="rail-title">Top stories</div>%s</div></div>
<div class="page-foot">Continental Wire. Terms. Privacy. Contact.</div></div></body></html>""" % (
        E(a["title"], quote=False), a["url"], jsonld(a), a["site"], E(a["title"], quote=False), paras,
        "".join('<div class="rail-item"><a href="#">%s</a><div class="rail-summary">%s</div></div>' % (r, t) for r, t in zip(RELATED, TEASERS)))


STYLES = dict(nextjs=nextjs, medium=medium, hugo=hugo, phpnuke=phpnuke, pullquotes=pullquotes, spanonly=spanonly,
              wordpress=wordpress, arc=arc, bbc=bbc, tables=tables, guardian=guardian, drupal=drupal, reuters=reuters,
              windows1251=windows1251, amp=amp, joomla=joomla, cssinjs=cssinjs, ghost=ghost, wire=wire, aljazeera=aljazeera,
              liveupdates=liveupdates, comments=comments, substack=substack, govpress=govpress, blogspot=blogspot,
              latin1=latin1, divtext=divtext)
ENCODING = dict(windows1251="cp1251", latin1="latin-1", phpnuke="latin-1")


def main(out, articles):
    os.makedirs(out, exist_ok=True)
    for a in articles:
        page = STYLES[a["style"]](a)
        with open(os.path.join(out, a["slug"] + ".html"), "wb") as f:
            f.write(page.encode(ENCODING.get(a["style"], "utf-8")))
        with open(os.path.join(out, a["slug"] + ".expected.txt"), "w", encoding="utf-8") as f:
            f.write(expected_text(a))
        canonical = None if a["style"] in ("tables", "phpnuke") else a["url"]
        date = a["date"] or {"h13_orban-moscow-peace-mission": "2024-07-05"}.get(a["slug"])
        meta = dict(title=a["title"], date=date, canonical=canonical, site=a["site"], style=a["style"])
        with open(os.path.join(out, a["slug"] + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d pages to %s" % (len(articles), out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/html", ARTICLES)
    main(sys.argv[2] if len(sys.argv) > 2 else "Tests/Fixtures/html-heldout", HELDOUT)
