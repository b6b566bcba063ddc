"""The slack-bolt AsyncApp with every listener registered."""

from __future__ import annotations

import logging

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant.identity import NotAllowed
from bot.connections import NotConnected
from bot.mrkdwn import escape
from bot.runtime import Runtime
from bot.slack import refusals
from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps
from bot.slack.directory import Directory
from bot.slack.listeners import conversation, home, interactions, shortcuts
from bot.slack.responder import ResponseUrls
from bot.slack.teams import only_our_team
from bot.slack.tokens import FreshTokens, Installations, bot_tokens
from bot.slack.turns import Turn, once

log = logging.getLogger(__name__)


BOT_SCOPES = [  # both manifests' scopes; tests/test_manifest.py derives them from the code
    "app_mentions:read",  # the app_mention event
    "channels:history",  # the relay finds its own posts (metadata) in public channels
    "channels:read",  # /clio watch: can the bot post in this channel? (conversations.info)
    "chat:write",  # messages, ephemerals and updates
    "chat:write.public",  # notifications in public channels the bot has not joined
    "commands",  # /clio and the shortcuts
    "files:read",  # files shared with the bot (files.info, the file_shared event)
    "files:write",  # a raw API reply as a file in the person's DM (files_upload_v2)
    "groups:history",  # the relay finds its own posts in private channels
    "groups:read",  # /clio watch in a private channel: is the bot in it?
    "im:history",  # direct messages to the bot (message.im), and the relay in a DM
    "im:write",  # a person's DM with the bot (conversations.open)
    "users:read",  # a person's time zone (users.info)
    "users:read.email",  # a person's email: their Clio user
]
INSTALL_STATE_SECONDS = 600


def _oauth(runtime: Runtime) -> AsyncOAuthSettings | None:
    """Many workspaces (`SLACK_CLIENT_ID`/`SECRET`): Slack's install flow, tokens rotated.

    Installations and install states live in the bot's database (slack_sdk's SQLAlchemy
    stores); the bot token of each workspace comes from there, refreshed before every use
    (`BotTokens`), whether a request came in or not.
    """
    settings = runtime.settings
    if not (settings.slack_client_id and settings.slack_client_secret):
        return None
    engine = runtime.store.engine
    return AsyncOAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        scopes=BOT_SCOPES,
        redirect_uri=settings.public_url.rstrip("/") + "/slack/oauth_redirect",
        installation_store=Installations(
            settings.slack_client_id, engine, runtime.clock, runtime.store.cipher
        ),
        state_store=AsyncSQLAlchemyOAuthStateStore(INSTALL_STATE_SECONDS, engine),
    )


def build_app(runtime: Runtime) -> tuple[AsyncApp, SlackDeps]:
    """The app for one workspace (`SLACK_BOT_TOKEN`) or many (OAuth install), HTTP or Socket Mode."""
    settings = runtime.settings
    oauth = _oauth(runtime)
    client = AsyncWebClient(
        token=(
            settings.slack_bot_token.get_secret_value()
            if settings.slack_bot_token and oauth is None
            else None
        ),
        base_url=settings.slack_api_url or AsyncWebClient.BASE_URL,
    )
    tokens = bot_tokens(settings, runtime.store, runtime.clock)
    app = AsyncApp(
        client=client,
        signing_secret=(
            settings.slack_signing_secret.get_secret_value()
            if settings.slack_signing_secret
            else None
        ),
        oauth_settings=oauth,
        # bolt takes an AsyncAuthorize (it checks with isinstance); its hint names only functions
        authorize=FreshTokens(tokens) if tokens else None,  # type: ignore[arg-type]
        logger=logging.getLogger("bot.slack.bolt"),
    )
    if oauth is not None:
        app.enable_token_revocation_listeners()  # app_uninstalled, tokens_revoked
    directory = Directory(
        runtime.store,
        runtime.clock,
        settings.bot_admins,
        own_clio=runtime.connections is not None,
    )
    deps = SlackDeps(
        runtime,
        directory,
        tokens=tokens,
        urls=ResponseUrls(local=settings.slack_local_response_urls),
    )
    if runtime.connections is None:  # one shared Clio identity: one workspace
        only_our_team(app, settings)
    app.use(once(deps))  # each event once, before any listener
    for listeners in (conversation, interactions, shortcuts, home):
        listeners.register(app, deps)

    @app.error
    async def failed(
        error: Exception, body: dict, client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        """Never a stack trace and never silence: log ids only, tell the person plainly."""
        turn: Turn | None = context.get("turn")
        responder = turn.responder if turn else deps.responder(client, body)
        if isinstance(error, NotConnected) and runtime.connections is not None and turn:
            prompt = await runtime.connections.prompt(turn.who)
            await deliver(prompt, client=client, responder=responder)
            return
        if isinstance(error, NotAllowed):
            await responder.send(escape(error.text))
            return
        if isinstance(error, SlackApiError):
            error_code = refusals.logged(error, str(body.get("type")))
            await responder.send(refusals.said(error_code))
            return
        log.error("listener failed: %s (%s)", type(error).__name__, body.get("type"))
        await responder.send(
            "Sorry, something went wrong on my side and that was not finished. "
            "Nothing was written to Clio twice; please try again."
        )

    @app.action("connect")
    async def connect_link(ack: AsyncAck) -> None:
        """The "Connect to Clio" button is a link; its click only needs an acknowledgement."""
        await ack()

    return app, deps
