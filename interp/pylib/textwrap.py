"""Text wrapping and filling for Krait, matching CPython 3.11's `textwrap`.

Text is split into chunks (runs of whitespace, words, and with
break_on_hyphens the pieces of hyphenated words and em-dashes) by a
hand-written scanner that finds the same chunk boundaries as CPython's
regular expression; lines are then filled greedily from the chunks.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_letter(c):
    """[^\\d\\W]: a word character that is not a digit."""
    return (c.isalnum() or c == "_") and not c.isdigit()


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _is_word_punct(c):
    """[\\w!"'&.,?]: characters that may precede an em-dash."""
    return _is_word_char(c) or c in "!\"'&.,?"


class TextWrapper:
    """Object for wrapping/filling text; the keyword arguments become attributes."""

    sentence_endings = ".!?"

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        """Split text into chunks: whitespace runs and (pieces of) words."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            c = text[i]
            if c in _whitespace:
                j = i + 1
                while j < n and text[j] in _whitespace:
                    j += 1
            elif not self.break_on_hyphens:
                j = i + 1
                while j < n and text[j] not in _whitespace:
                    j += 1
            elif self._em_dash_at(text, i):
                j = i
                while j < n and text[j] == "-":
                    j += 1
            else:
                j = i + 1
                while not self._word_ends_at(text, i, j):
                    j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _em_dash_at(text, i):
        """Two or more hyphens at i, after word punctuation, before a word char."""
        if i == 0 or not _is_word_punct(text[i - 1]) or not text.startswith("--", i):
            return False
        j = i
        while j < len(text) and text[j] == "-":
            j += 1
        return j < len(text) and _is_word_char(text[j])

    @staticmethod
    def _word_ends_at(text, start, j):
        """Whether the word chunk text[start:j] ends at j."""
        n = len(text)
        if j >= n or text[j] in _whitespace:
            return True
        # A hyphenated word breaks after a hyphen between letters.
        if text[j - 1] == "-" and j - 1 > start:
            before = (j >= 3 and _is_letter(text[j - 3]) and _is_letter(text[j - 2])) or (
                j >= 4 and _is_letter(text[j - 4]) and text[j - 3] == "-" and _is_letter(text[j - 2]))
            after = _is_letter(text[j]) and j + 1 < n and (
                _is_letter(text[j + 1]) or
                (text[j + 1] == "-" and j + 2 < n and _is_letter(text[j + 2])))
            if before and after:
                return True
        # An em-dash follows.
        if _is_word_punct(text[j - 1]) and text.startswith("--", j):
            k = j
            while k < n and text[k] == "-":
                k += 1
            if k < n and _is_word_char(text[k]):
                return True
        return False

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        """[a-z][.!?]["']?\\Z"""
        if chunk and chunk[-1] in "\"'":
            chunk = chunk[:-1]
        return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1
                         and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit in width, with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Lines of only spaces and tabs are normalized to empty lines and do not
    count towards the common margin.
    """
    lines = text.split("\n")
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            lines[index] = ""
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        size = len(margin)
        lines = [line[size:] if line else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate is true
    (by default, lines that are not entirely whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
