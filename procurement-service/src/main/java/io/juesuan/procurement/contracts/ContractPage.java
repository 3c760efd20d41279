package io.juesuan.procurement.contracts;

import java.util.List;

/**
 * One page of a department-year's contracts.
 *
 * @param items the contracts on this page, in entry order
 * @param page  0-based
 * @param size  the page size asked for
 * @param total how many contracts match the filters
 */
public record ContractPage(List<ContractView> items, int page, int size, long total) {
}
