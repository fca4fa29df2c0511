package vn.ocop.evaluation.session;

/** The evaluation's status does not allow the requested change. */
public class IllegalTransition extends RuntimeException {

    private final String code;
    private final String messageVi;

    public IllegalTransition(String code, String en, String vi) {
        super(en);
        this.code = code;
        this.messageVi = vi;
    }

    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }
}
