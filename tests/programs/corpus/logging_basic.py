# logging: root-logger shortcuts with basicConfig's default format, levels,
# named loggers and propagation, handlers/formatters/filters and adapters.
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout)
logging.warning("watch out %s", "now")
logging.info("not shown")
logging.error("error %d", 42)
logging.critical("critical")
root = logging.getLogger()
print(root, root.level, root.name, logging.getLevelName(logging.INFO), logging.getLevelName(25),
      logging.getLevelName("DEBUG"))
root.setLevel(logging.DEBUG)
logging.debug("debug now shown")
log = logging.getLogger("app.db")
print(log, log.parent is root, log.getEffectiveLevel(), log.hasHandlers())
app = logging.getLogger("app")
print(log.parent is app, logging.getLogger("app.db") is log, app.getChild("db") is log)
log.info("query took %.2f ms", 3.14159)
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
h.setLevel(logging.WARNING)
app.addHandler(h)
log.info("info to root only")
log.warning("warn to both")
app.propagate = False
log.error("only buffer")
print(repr(buf.getvalue()))
f = logging.Formatter("{levelname}:{message}", style="{")
h.setFormatter(f)
h.addFilter(lambda r: "secret" not in r.getMessage())
app.error("public")
app.error("secret stuff")
print(repr(buf.getvalue().splitlines()[-1]), len(buf.getvalue().splitlines()))
try:
    1 / 0
except ZeroDivisionError:
    app.exception("failed")
print(buf.getvalue().splitlines()[-1])
adapter = logging.LoggerAdapter(logging.getLogger("adapted"), {"user": "bob"})
adapter.warning("via adapter")
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level")
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
rec = logging.LogRecord("n", logging.INFO, "/p/file.py", 10, "hi %s", ("x",), None)
print(rec.getMessage(), rec.filename, rec.module, rec.levelname)
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
print(len(fmt.format(rec).split()[0]))
null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("nothing")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL)
other = logging.getLogger("solo")
other.propagate = False
other.warning("last resort to stderr")
