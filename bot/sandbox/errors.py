"""Clio-style API errors: `{"error": {"type": ..., "message": ...}}`."""

from __future__ import annotations

from starlette.responses import JSONResponse

DEFAULT_TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "RecordNotFound",
    409: "Conflict",
    410: "Gone",
    412: "PreconditionFailed",
    422: "RecordInvalid",
    429: "RateLimited",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
}


class ApiError(Exception):
    """An error answered with Clio's error envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.type = type or DEFAULT_TYPES.get(status, "Error")
        self.message = message
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        body = {"error": {"type": self.type, "message": self.message}}
        return JSONResponse(body, status_code=self.status, headers=self.headers)


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def invalid_fields(name: str) -> ApiError:
    return ApiError(400, f"{name} is not a valid field", type="InvalidFields")


def not_found(label: str, ident: object) -> ApiError:
    return ApiError(404, f"{label} with id {ident} could not be found")


def unprocessable(message: str, *, type: str = "RecordInvalid") -> ApiError:
    return ApiError(422, message, type=type)


def forbidden(message: str) -> ApiError:
    return ApiError(403, message)
