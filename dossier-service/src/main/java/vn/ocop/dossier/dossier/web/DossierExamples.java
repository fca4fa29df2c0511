package vn.ocop.dossier.dossier.web;

/** Example documents for the API description. */
final class DossierExamples {

    static final String DOSSIER = """
            {"id":"DOS-2020-1-3F2A9C1B","version":9,"status":"SUBMITTED","allowedActions":["RETURN","ACCEPT",\
            "WITHDRAW"],"roundId":"2020-1","roundYear":2020,"legalBasis":"QD1048_2019","producerId":"PR-4300100001",\
            "producerName":"HTX Nông nghiệp Đức Lợi","provinceCode":"51","districtCode":"533",\
            "districtName":"Huyện Mộ Đức","communeCode":"21403","communeName":"Xã Đức Lợi",\
            "productName":"Mạch nha Mộ Đức","productGroup":"FOOD_PROCESSED","sector":"FOOD",\
            "description":"Mạch nha truyền thống","checklist":{"required":["REGISTRATION_FORM","BUSINESS_PLAN",\
            "PRODUCER_DESCRIPTION","BUSINESS_REGISTRATION","PRODUCT_SAMPLES","FOOD_SAFETY_CERTIFICATE",\
            "TEST_REPORT"],"missing":[]},"attachments":[{"id":"ATT-1A2B3C4D5E6F","documentType":"REGISTRATION_FORM",\
            "fileName":"Phiếu đăng ký.pdf","contentType":"application/pdf","size":183422,\
            "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","uploadedBy":"producer.mo-duc",\
            "uploadedAt":"2020-03-16T09:00:00+07:00"}],"districtResult":null,"provinceResult":null,\
            "recognition":null,"deadlineException":null,"forwardedLate":false,\
            "createdAt":"2020-03-16T08:30:00+07:00","createdBy":"producer.mo-duc",\
            "updatedAt":"2020-03-16T09:45:00+07:00"}""";

    static final String ILLEGAL_TRANSITION = """
            {"type":"urn:ocop:problem:illegal-transition","title":"Conflict with the current state","status":409,\
            "detail":"A dossier in status DRAFT cannot accept; allowed now: [EDIT, SUBMIT, WITHDRAW]",\
            "code":"illegal-transition","currentStatus":"DRAFT","action":"ACCEPT",\
            "allowedActions":["EDIT","SUBMIT","WITHDRAW"]}""";

    static final String MISSING = """
            {"type":"urn:ocop:problem:missing-documents","status":422,"code":"missing-documents",\
            "detail":"Mandatory documents are missing: [BUSINESS_PLAN, TEST_REPORT]",\
            "missing":["BUSINESS_PLAN","TEST_REPORT"]}""";

    static final String DEADLINE = """
            {"type":"urn:ocop:problem:deadline-passed","status":409,"code":"deadline-passed",\
            "detail":"The district deadline 2020-04-10 has passed and the province granted no exception",\
            "deadline":"2020-04-10"}""";

    private DossierExamples() {}
}
