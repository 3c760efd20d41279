package io.juesuan.procurement.contracts;

import io.juesuan.platform.text.CsvLines;
import io.juesuan.platform.money.MoneyUnit;
import io.juesuan.platform.problem.Problem;
import io.juesuan.platform.text.PlainText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads contracts from CSV (UTF-8, a header row naming the columns in any order). Values are the API's names or the
 * Chinese labels the tables print (货物, 公开招标, 小型, 是/否). Every bad cell is reported with its line.
 */
final class ContractCsv {

    static final List<String> COLUMNS = List.of("number", "title", "category", "method", "amount", "awardDate",
            "signingDate", "reservedForSme", "supplierName", "supplierCreditCode", "supplierScale");

    private static final Map<String, ContractCategory> CATEGORIES = Map.of("货物", ContractCategory.GOODS,
            "工程", ContractCategory.WORKS, "服务", ContractCategory.SERVICES);
    private static final Map<String, ProcurementMethod> METHODS = Map.of("公开招标", ProcurementMethod.OPEN_TENDER,
            "邀请招标", ProcurementMethod.INVITED_TENDER, "竞争性谈判", ProcurementMethod.COMPETITIVE_NEGOTIATION,
            "竞争性磋商", ProcurementMethod.COMPETITIVE_CONSULTATION, "询价", ProcurementMethod.REQUEST_FOR_QUOTATION,
            "单一来源", ProcurementMethod.SINGLE_SOURCE, "框架协议", ProcurementMethod.FRAMEWORK_AGREEMENT,
            "其他", ProcurementMethod.OTHER);
    private static final Map<String, EnterpriseScale> SCALES = Map.of("大型", EnterpriseScale.LARGE,
            "中型", EnterpriseScale.MEDIUM, "小型", EnterpriseScale.SMALL, "微型", EnterpriseScale.MICRO);

    /** The contracts read, or every error found; never both. */
    record Result(List<ContractDocument> contracts, List<Problem.FieldError> errors) {
    }

    private ContractCsv() {
    }

    static Result read(String text) {
        List<CsvLines.CsvRecord> records = CsvLines.parse(text);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new Problem.FieldError("line[1]", "文件为空，须有表头行 / the file is "
                    + "empty: a header row is needed")));
        }
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        for (String column : COLUMNS) {
            if (!header.contains(column) && !column.endsWith("Date") && !column.equals("reservedForSme")) {
                errors.add(new Problem.FieldError("line[1]." + column, "表头缺少列 " + column + " / missing column"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<ContractDocument> contracts = new ArrayList<>();
        for (CsvLines.CsvRecord record : records.subList(1, records.size())) {
            Row row = new Row(record, header, errors);
            ContractDocument contract = row.contract();
            if (contract != null) {
                contracts.add(contract);
            }
        }
        return errors.isEmpty() ? new Result(contracts, List.of()) : new Result(List.of(), errors);
    }

    /** One data row, collecting its errors. */
    private static final class Row {

        private final CsvLines.CsvRecord record;
        private final List<String> header;
        private final List<Problem.FieldError> errors;
        private final int before;

        Row(CsvLines.CsvRecord record, List<String> header, List<Problem.FieldError> errors) {
            this.record = record;
            this.header = header;
            this.errors = errors;
            this.before = errors.size();
        }

        ContractDocument contract() {
            if (record.fields().size() != header.size()) {
                error("", "第" + record.line() + "行有 " + record.fields().size() + " 列，表头有 " + header.size()
                        + " 列 / the row has another number of columns than the header");
                return null;
            }
            String number = required("number", 100);
            String title = required("title", 300);
            ContractCategory category = labelled("category", CATEGORIES, ContractCategory.class);
            ProcurementMethod method = labelled("method", METHODS, ProcurementMethod.class);
            BigDecimal amount = amount();
            LocalDate awardDate = date("awardDate");
            LocalDate signingDate = date("signingDate");
            boolean reserved = yesNo("reservedForSme");
            String supplierName = required("supplierName", 200);
            String creditCode = required("supplierCreditCode", 18);
            if (creditCode != null && !CreditCode.isValid(creditCode)) {
                error("supplierCreditCode", "统一社会信用代码 " + creditCode + " 校验不符（GB 32100-2015）/ the check "
                        + "character does not match");
            }
            EnterpriseScale scale = labelled("supplierScale", SCALES, EnterpriseScale.class);
            if (errors.size() > before) {
                return null;
            }
            return new ContractDocument(number, title, category, method, amount, awardDate, signingDate, reserved,
                    new Supplier(supplierName, creditCode, scale));
        }

        private String cell(String column) {
            int index = header.indexOf(column);
            String value = index < 0 ? "" : record.fields().get(index).strip();
            String problem = PlainText.problemWith(value);
            if (problem != null) {
                error(column, problem);
                return "";
            }
            return value;
        }

        private String required(String column, int maxLength) {
            String value = cell(column);
            if (value.isEmpty()) {
                error(column, "不能为空 / required");
                return null;
            }
            if (value.length() > maxLength) {
                error(column, "超过 " + maxLength + " 个字符 / longer than " + maxLength + " characters");
                return null;
            }
            return value;
        }

        private <E extends Enum<E>> E labelled(String column, Map<String, E> labels, Class<E> type) {
            String value = cell(column);
            if (labels.containsKey(value)) {
                return labels.get(value);
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                error(column, "“" + value + "”不是可用值，可用 " + labels.keySet() + " / not one of the values");
                return null;
            }
        }

        private BigDecimal amount() {
            String value = cell("amount").replace(",", "");
            try {
                BigDecimal amount = new BigDecimal(value);
                if (amount.signum() < 0 || amount.precision() - amount.scale() > MoneyUnit.MAX_YUAN_DIGITS
                        || amount.stripTrailingZeros().scale() > 2) {
                    error("amount", "金额须为非负数，精确到分 / an amount in yuan, not negative, to the fen");
                    return null;
                }
                return amount;
            } catch (NumberFormatException e) {
                error("amount", "“" + value + "”不是金额 / not an amount");
                return null;
            }
        }

        private LocalDate date(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(column, "日期格式须为 YYYY-MM-DD / a date is written YYYY-MM-DD");
                return null;
            }
        }

        private boolean yesNo(String column) {
            String value = cell(column);
            return switch (value) {
                case "是", "true", "TRUE", "1" -> true;
                case "", "否", "false", "FALSE", "0" -> false;
                default -> {
                    error(column, "须为 是/否 / yes or no");
                    yield false;
                }
            };
        }

        private void error(String column, String message) {
            errors.add(new Problem.FieldError("line[" + record.line() + "]" + (column.isEmpty() ? "" : "." + column),
                    "第" + record.line() + "行：" + message));
        }
    }
}
