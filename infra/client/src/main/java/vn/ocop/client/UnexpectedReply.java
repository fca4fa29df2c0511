package vn.ocop.client;

/** An answer with a status the caller did not expect; carries the reply and its problem, if it is one. */
public final class UnexpectedReply extends OcopClientException {

    private static final long serialVersionUID = 1L;
    private final transient Reply reply;

    UnexpectedReply(String what, Reply reply) {
        super(what + " answered " + reply.status() + ": " + abbreviate(reply.body()));
        this.reply = reply;
    }

    public Reply reply() {
        return reply;
    }

    /** The problem+json of the answer, if it is one. */
    public java.util.Optional<Problem> problem() {
        return reply.problem();
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
