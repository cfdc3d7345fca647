"""A loopback SCIM endpoint that misbehaves on purpose, for scimdoc's probe tests.

Usage: python3 fault-stub.py MODE. Listens on 127.0.0.1 on a free port and
prints the port on its first line. MODE is one of:
  500       every request answers 500 with a SCIM error body
  hang      every request is accepted and never answered
  redirect  every request answers 302 to another host
  notjson   every request answers 200 with an HTML page
"""
import http.server
import sys
import time

MODE = sys.argv[1] if len(sys.argv) > 1 else "500"


class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self):
        if MODE == "hang":
            time.sleep(3600)
            return
        if MODE == "redirect":
            self.send_response(302)
            self.send_header("Location", "https://elsewhere.example/scim/v2" + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if MODE == "notjson":
            body = b"<html><body>Sign in</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        else:
            body = b'{"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "500", "detail": "stub failure"}'
            self.send_response(500)
            self.send_header("Content-Type", "application/scim+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PATCH = do_DELETE = answer

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
