package io.juesuan.accounts.template;

import java.util.List;
import java.util.Optional;

/** The fixed expenditure rows of 公开01表 and 04表 for one year. */
public record ExpenditureTemplate(int year, List<TemplateRow> rows) {

    public Optional<TemplateRow> rowFor(String classCode) {
        return rows.stream().filter(r -> r.code().equals(classCode)).findFirst();
    }
}
