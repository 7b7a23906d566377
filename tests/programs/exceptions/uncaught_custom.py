# A custom exception class with __str__ and attributes, uncaught.
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


class NotFound(HTTPError):
    pass


def fetch(path):
    if path != "/":
        raise NotFound(404, "Not Found: " + path)
    return "index"


print(fetch("/"))
fetch("/missing")
