package readout.app.web;

/** A request the API answers with an error status and a reason the caller can act on; never a stack trace. */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public static ApiError badRequest(String reason) {
        return new ApiError(400, reason);
    }

    public int status() {
        return status;
    }
}
