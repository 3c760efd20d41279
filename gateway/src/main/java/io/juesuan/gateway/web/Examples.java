package io.juesuan.gateway.web;

/** Response examples of the public API's OpenAPI document, taken from the demo department's disclosure. */
public final class Examples {

    public static final String LIST = """
            {"items":[{"departmentCode":"350502001","year":2020,"departmentName":"泉州市鲤城区工业和信息化局",\
            "divisionCode":"350502","version":3,"lastPublishedAt":"2021-07-01T02:00:00Z",\
            "href":"/api/v1/disclosures/350502001/2020"}],"nextCursor":"MzUwNTAyMDAxOjIwMjA"}""";

    public static final String CHANGES = """
            {"entries":[{"sequence":4,"departmentCode":"350502001","year":2020,"part":"finalAccounts",\
            "partVersion":2,"version":4,"kind":"CORRECTION","reason":"接待费更正",\
            "publishedAt":"2021-07-05T03:00:00Z","href":"/api/v1/disclosures/350502001/2020?version=4"}],\
            "next":4,"head":4}""";

    public static final String DIFF = """
            {"departmentCode":"350502001","year":2020,"from":3,"to":4,"publications":[{"version":4,\
            "part":"finalAccounts","partVersion":2,"kind":"CORRECTION","reason":"其他收入更正",\
            "publishedAt":"2021-07-05T03:00:00Z"}],"changes":[{"path":\
            "finalAccounts.tables.02.rows[TOTAL].values.other","table":"02","row":"TOTAL","rowName":"合计",\
            "column":"other","columnTitle":"其他收入","before":132.48,"after":132.50}]}""";

    public static final String TABLE_CSV = """
            编码 code,名称 name,级次 level,决算数 amount\r
            GENERAL_BUDGET,一般公共预算财政拨款收入,INCOME,709.66\r
            INCOME_TOTAL,本年收入合计,TOTAL,842.14\r
            """;

    public static final String STATS = """
            {"year":2020,"division":"3505","departments":2,"withFinalAccounts":2,"income":1684.28,\
            "expenditure":1684.28,"threePublicActual":1.06,"threePublicBudget":3.00,"withProcurement":2,\
            "procurementTotal":120.98,"procurementSme":58.95,"procurementSmallMicro":49.35,"smeRatio":48.73,\
            "smallMicroRatio":40.79,"grades":{"优":1,"良":1}}""";

    public static final String COMPLIANCE = """
            {"year":2020,"division":"350502","dueDays":20,"departments":[{"departmentCode":"350502001",\
            "departmentName":"泉州市鲤城区工业和信息化局","status":"ON_TIME","approvalNumber":"鲤财预〔2021〕8号",\
            "approvalDate":"2021-06-18","dueDate":"2021-07-08","publishedOn":"2021-07-01","daysAfterApproval":13},\
            {"departmentCode":"350502002","departmentName":"泉州市鲤城区财政局","status":"NOT_PUBLISHED",\
            "approvalNumber":null,"approvalDate":null,"dueDate":null,"publishedOn":null,"daysAfterApproval":null}],\
            "counts":{"ON_TIME":1,"LATE":0,"PUBLISHED":0,"NOT_PUBLISHED":1}}""";

    private Examples() {
    }
}
