package vn.ocop.evaluation.session;

public record MemberTotal(String memberId, String total) {}
