package io.juesuan.accounts.catalogue;

import java.util.Map;
import java.util.Optional;

/**
 * The name a function code is printed with: the year's catalogue's, else the name the document printed for it,
 * else a label that says it is a code ({@code 科目2010601}) — never the bare code in a name's place.
 *
 * @param catalogue the year's catalogue
 * @param printed   code → the name the document prints, for codes the catalogue may lack
 */
public record FunctionNames(Catalogue catalogue, Map<String, String> printed) {

    public String of(String code) {
        return catalogue.functionName(code).or(() -> Optional.ofNullable(printed.get(code)))
                .orElse("科目" + code);
    }
}
