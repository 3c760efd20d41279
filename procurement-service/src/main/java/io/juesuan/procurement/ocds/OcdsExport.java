package io.juesuan.procurement.ocds;

import io.juesuan.procurement.contracts.Contract;
import io.juesuan.procurement.contracts.EnterpriseScale;
import io.juesuan.procurement.contracts.ProcurementMethod;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds an OCDS 1.1 release package from a department-year's contracts: one release per contract, with the
 * department as buyer, the supplier as a party identified by its 统一社会信用代码 and its scale, the award and the
 * contract, values in CNY.
 */
public final class OcdsExport {

    /** The scheme of Chinese unified social credit codes in org-id.guide. */
    static final String CREDIT_CODE_SCHEME = "CN-USCC";

    private static final Map<ProcurementMethod, String> METHODS = Map.of(
            ProcurementMethod.OPEN_TENDER, "open",
            ProcurementMethod.INVITED_TENDER, "selective",
            ProcurementMethod.COMPETITIVE_NEGOTIATION, "limited",
            ProcurementMethod.COMPETITIVE_CONSULTATION, "limited",
            ProcurementMethod.REQUEST_FOR_QUOTATION, "limited",
            ProcurementMethod.SINGLE_SOURCE, "direct");
    private static final Map<ProcurementMethod, String> METHOD_LABELS = Map.of(
            ProcurementMethod.OPEN_TENDER, "公开招标", ProcurementMethod.INVITED_TENDER, "邀请招标",
            ProcurementMethod.COMPETITIVE_NEGOTIATION, "竞争性谈判", ProcurementMethod.COMPETITIVE_CONSULTATION, "竞争性磋商",
            ProcurementMethod.REQUEST_FOR_QUOTATION, "询价", ProcurementMethod.SINGLE_SOURCE, "单一来源",
            ProcurementMethod.FRAMEWORK_AGREEMENT, "框架协议", ProcurementMethod.OTHER, "其他");

    /** Seconds always written: OCDS dates are RFC 3339 date-times (Java's toString drops zero seconds). */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private OcdsExport() {
    }

    /**
     * @param uri        the package's own address
     * @param ocidPrefix the publisher's registered ocid prefix, e.g. {@code ocds-abc123}
     * @param updatedAt  when the department-year's procurement last changed
     */
    public static Map<String, Object> releasePackage(String uri, String publisherName, String ocidPrefix,
                                                     String departmentCode, int year, List<Contract> contracts,
                                                     OffsetDateTime updatedAt) {
        String date = RFC_3339.format(updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
        List<Object> releases = new ArrayList<>();
        for (Contract contract : contracts) {
            releases.add(release(ocidPrefix, departmentCode, year, contract, date));
        }
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("uri", uri);
        pack.put("version", "1.1");
        pack.put("publishedDate", date);
        pack.put("publisher", Map.of("name", publisherName));
        pack.put("releases", releases);
        return pack;
    }

    /** OCDS party scale: 微型 micro, 小型 and 中型 sme, 大型 large. */
    static String scale(EnterpriseScale scale) {
        return switch (scale) {
            case MICRO -> "micro";
            case SMALL, MEDIUM -> "sme";
            case LARGE -> "large";
        };
    }

    private static Map<String, Object> release(String ocidPrefix, String departmentCode, int year, Contract contract,
                                               String date) {
        String buyerId = "CN-DEPT-" + departmentCode;
        String buyerName = "部门 " + departmentCode;
        String supplierId = CREDIT_CODE_SCHEME + "-" + contract.supplierCreditCode;
        Map<String, Object> value = Map.of("amount", contract.amount, "currency", "CNY");

        Map<String, Object> supplier = new LinkedHashMap<>();
        supplier.put("id", supplierId);
        supplier.put("name", contract.supplierName);
        supplier.put("identifier", Map.of("scheme", CREDIT_CODE_SCHEME, "id", contract.supplierCreditCode,
                "legalName", contract.supplierName));
        supplier.put("roles", List.of("supplier"));
        supplier.put("details", Map.of("scale", scale(contract.supplierScale)));

        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", contract.number + "-tender");
        tender.put("mainProcurementCategory", contract.category.name().toLowerCase(Locale.ROOT));
        if (METHODS.containsKey(contract.method)) {
            tender.put("procurementMethod", METHODS.get(contract.method));
        }
        tender.put("procurementMethodDetails", METHOD_LABELS.get(contract.method)
                + (contract.reservedForSme ? "（预留中小企业份额）" : ""));

        Map<String, Object> award = new LinkedHashMap<>();
        award.put("id", contract.number + "-award");
        award.put("status", "active");
        if (contract.awardDate != null) {
            award.put("date", startOfDay(contract.awardDate));
        }
        award.put("value", value);
        award.put("suppliers", List.of(Map.of("id", supplierId, "name", contract.supplierName)));

        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("id", contract.number);
        signed.put("awardID", contract.number + "-award");
        signed.put("title", contract.title);
        signed.put("status", "active");
        signed.put("value", value);
        if (contract.signingDate != null) {
            signed.put("dateSigned", startOfDay(contract.signingDate));
        }

        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", ocidPrefix + "-" + departmentCode + "-" + year + "-" + contract.id);
        release.put("id", contract.number + "-" + date);
        release.put("date", date);
        release.put("tag", List.of("award", "contract"));
        release.put("initiationType", "tender");
        release.put("language", "zh");
        release.put("parties", List.of(Map.of("id", buyerId, "name", buyerName, "roles", List.of("buyer")), supplier));
        release.put("buyer", Map.of("id", buyerId, "name", buyerName));
        release.put("tender", tender);
        release.put("awards", List.of(award));
        release.put("contracts", List.of(signed));
        return release;
    }

    private static String startOfDay(LocalDate date) {
        return RFC_3339.format(date.atStartOfDay().atOffset(ZoneOffset.ofHours(8)));
    }
}
