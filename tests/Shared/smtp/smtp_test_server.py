#!/usr/bin/python3
"""A real SMTP server (aiosmtpd, from Debian's python3-aiosmtpd) for the portal's mail tests.

Listens on a free loopback port, prints "PORT <n>" on the first line of stdout once it accepts connections, and
serves until stdin closes (the test process ends it by closing stdin or killing it). Modes:

  accept  store every message as a JSON file in --store (envelope recipients, decoded subject and body)
  refuse  as accept, but answer RCPT TO for --refuse with 550 (a permanently refused recipient)
  drop    cut the connection when the client sends DATA (a server that goes away mid-session)
  slow    wait --delay seconds before answering the end of DATA, storing nothing (slower than the client's timeout)

With --user and --password the server requires AUTH (PLAIN or LOGIN, allowed without TLS: a loopback test server)
and stores the login it accepted. No STARTTLS is offered, so a client that requires it must refuse to send.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import sys
import uuid

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.args = args

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.mode == "refuse" and address.lower() == (self.args.refuse or "").lower():
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.mode == "drop":
            server.transport.abort()
            return "421 gone"
        if self.args.mode == "slow":
            await asyncio.sleep(self.args.delay)
            return "451 too late"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        stored = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["from"]),
            "subject": str(message["subject"]),
            "body": body.get_content() if body is not None else "",
            "login": session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None,
        }
        name = os.path.join(self.args.store, f"{uuid.uuid4().hex}.json")
        with open(name + ".partial", "w", encoding="utf-8") as file:
            json.dump(stored, file, ensure_ascii=False)
        os.replace(name + ".partial", name)  # whole files only, for a reader that polls
        return "250 Message accepted"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == user and auth_data.password.decode() == password)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)
    return check


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["accept", "refuse", "drop", "slow"], default="accept")
    parser.add_argument("--store", required=True)
    parser.add_argument("--refuse")
    parser.add_argument("--delay", type=float, default=30)
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()
    os.makedirs(args.store, exist_ok=True)

    handler = Handler(args)
    auth = {}
    if args.user:
        auth = dict(auth_required=True, auth_require_tls=False, authenticator=authenticator(args.user, args.password))
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, hostname="localhost", **auth), "127.0.0.1", 0)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)

    # Ends when the test closes stdin (or the process is killed), so no server outlives its test.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
