# Ends with an uncaught TypeError from a bad call.
def connect(host, port, *, timeout=10):
    return f"{host}:{port} (timeout {timeout})"


print(connect("localhost", 80))
print(connect("localhost", 8080, timeout=1))
connect("localhost")
