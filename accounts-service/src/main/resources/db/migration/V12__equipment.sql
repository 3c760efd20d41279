-- All equipment (不含车辆) at or above a region's threshold, where the region counts it in one figure (上海:
-- 单价100万元（含）以上设备), beside the general and special equipment others count.
ALTER TABLE final_accounts ADD COLUMN equipment INTEGER CHECK (equipment >= 0);
