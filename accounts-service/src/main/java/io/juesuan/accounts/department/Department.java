package io.juesuan.accounts.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;

/** A department (部门) that discloses its final accounts. */
@Entity
public class Department extends PanacheEntityBase {

    /** Division code followed by a 3-digit sequence, e.g. 350502001. */
    @Id
    public String code;

    public String name;

    /** 行政区划代码, e.g. 350502 (鲤城区). */
    @Column(name = "division_code")
    public String divisionCode;

    @Column(name = "division_name")
    public String divisionName;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
