# html: escape with and without quotes; unescape of named, numeric and
# malformed character references.
import html

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<'\">", quote=False))
for s in ["a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27;", "&copy &copy; &notit; &Eacute;t&eacute;",
          "&ouml;&Ouml;&szlig;&aelig;&THORN;&thorn;&yuml; &hellip;&rsquo;&ldquo;&mdash;&trade;",
          "&#128; &#0; &#xD800; &#1114112; &#65; &#x41 &#x1F600;", "&ampx &amp;x & &; &#; &#x; &unknown;",
          "Which of these is &quot;The Boss&quot;? &amp; more", "no refs at all"]:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape("x < y && z > 'q'")))
