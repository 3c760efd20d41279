package io.juesuan.procurement.contracts;

import io.juesuan.platform.part.DepartmentYearParts;
import io.juesuan.platform.part.PartBatch;
import io.juesuan.platform.problem.ProblemException;
import io.juesuan.platform.problem.ProblemType;
import io.juesuan.procurement.summary.Procurement;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates, replaces, deletes and lists the contracts of a department-year. Every write is one transaction and a
 * new revision of the department-year's procurement, so its ETag, status and findings follow.
 */
@ApplicationScoped
@Transactional
public class ContractService {

    public ContractView create(String departmentCode, int year, ContractDocument document, String ifMatch) {
        checkCreditCode(document);
        Procurement procurement = writable(departmentCode, year, ifMatch);
        Contract contract = new Contract();
        contract.procurementId = procurement.id;
        contract.fill(document);
        contract.persist();
        return contract.view();
    }

    /**
     * Imports contracts from CSV in one transaction: all of them, or, when any line is bad, none, with every bad
     * line reported.
     *
     * @param replace whether the file replaces the year's contracts instead of adding to them
     */
    public ContractImport importCsv(String departmentCode, int year, String csv, boolean replace, String ifMatch) {
        ContractCsv.Result read = ContractCsv.read(csv);
        if (!read.errors().isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, read.errors().size() + " 处错误，未导入任何合同 / "
                    + read.errors().size() + " errors: nothing was imported", read.errors());
        }
        Procurement procurement = writable(departmentCode, year, ifMatch);
        if (replace) {
            Contract.delete("procurementId", procurement.id);
        }
        add(procurement, read.contracts());
        return new ContractImport(read.contracts().size(), Contract.count("procurementId", procurement.id),
                procurement.revision);
    }

    /**
     * Makes these the department-year's contracts, as a year's batch gives them whole; the procurement is created
     * when it has none yet. A bad supplier code is named by its place ({@code contracts[2].supplier.creditCode}).
     */
    public Procurement replaceAll(String departmentCode, int year, List<ContractDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            ContractDocument document = documents.get(i);
            PartBatch.within("contracts[" + i + "]", () -> {
                checkCreditCode(document);
                return document;
            });
        }
        Procurement procurement = writable(departmentCode, year, null);
        Contract.delete("procurementId", procurement.id);
        add(procurement, documents);
        return procurement;
    }

    public ContractView replace(String departmentCode, int year, long id, ContractDocument document, String ifMatch) {
        checkCreditCode(document);
        Procurement procurement = existing(departmentCode, year, ifMatch);
        Contract contract = contractOf(procurement, id);
        contract.fill(document);
        return contract.view();
    }

    public void delete(String departmentCode, int year, long id, String ifMatch) {
        Procurement procurement = existing(departmentCode, year, ifMatch);
        contractOf(procurement, id).delete();
    }

    public ContractView get(String departmentCode, int year, long id) {
        Procurement procurement = DepartmentYearParts.find(Procurement.class, departmentCode, year)
                .orElseThrow(() -> noContract(id));
        return contractOf(procurement, id).view();
    }

    /** A page of the contracts, filtered by category, supplier scale, method and a text in number, title or name. */
    public ContractPage list(String departmentCode, int year, ContractFilter filter, int page, int size) {
        Procurement procurement = DepartmentYearParts.find(Procurement.class, departmentCode, year).orElse(null);
        if (procurement == null) {
            return new ContractPage(List.of(), page, size, 0);
        }
        List<String> where = new ArrayList<>(List.of("procurementId = :procurement"));
        Parameters parameters = Parameters.with("procurement", procurement.id);
        if (filter.category() != null) {
            where.add("category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.scale() != null) {
            where.add("supplierScale = :scale");
            parameters.and("scale", filter.scale());
        }
        if (filter.method() != null) {
            where.add("method = :method");
            parameters.and("method", filter.method());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(number) like :q or lower(title) like :q or lower(supplierName) like :q)");
            parameters.and("q", "%" + filter.q().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        var query = Contract.find(String.join(" and ", where) + " order by id", parameters);
        long total = query.count();
        List<ContractView> items = query.page(Page.of(page, size)).<Contract>list().stream().map(Contract::view)
                .toList();
        return new ContractPage(items, page, size, total);
    }

    /** A supplier code whose check character is wrong is bad input. */
    static void checkCreditCode(ContractDocument document) {
        if (!CreditCode.isValid(document.supplier().creditCode())) {
            throw ProblemException.invalidField("supplier.creditCode", "统一社会信用代码 "
                    + document.supplier().creditCode() + " 无效（GB 32100-2015 校验不符）/ not a valid unified social "
                    + "credit code: its check character does not match");
        }
    }

    private static void add(Procurement procurement, List<ContractDocument> documents) {
        for (ContractDocument document : documents) {
            Contract contract = new Contract();
            contract.procurementId = procurement.id;
            contract.fill(document);
            contract.persist();
        }
    }

    private static Procurement writable(String departmentCode, int year, String ifMatch) {
        DepartmentYearParts.Writable<Procurement> writable =
                DepartmentYearParts.forWrite(Procurement.class, departmentCode, year, ifMatch, Procurement::new);
        Procurement procurement = writable.part();
        procurement.touch();
        procurement.persist();
        return procurement;
    }

    private static Procurement existing(String departmentCode, int year, String ifMatch) {
        Procurement procurement = DepartmentYearParts.forPublish(Procurement.class, departmentCode, year, ifMatch)
                .orElseThrow(() -> ProblemException.notFound("部门 " + departmentCode + " 无 " + year
                        + " 年度政府采购 / no procurement of " + departmentCode + " for " + year));
        procurement.touch();
        return procurement;
    }

    private static Contract contractOf(Procurement procurement, long id) {
        Contract contract = Contract.findById(id);
        if (contract == null || !contract.procurementId.equals(procurement.id)) {
            throw noContract(id);
        }
        return contract;
    }

    private static ProblemException noContract(long id) {
        return ProblemException.notFound("无合同 " + id + " / no contract " + id + " in this department-year");
    }
}
