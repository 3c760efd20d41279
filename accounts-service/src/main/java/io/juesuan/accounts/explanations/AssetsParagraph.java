package io.juesuan.accounts.explanations;

import io.juesuan.accounts.profile.AssetWording;
import io.juesuan.accounts.profile.StateAssets;

import java.util.List;
import java.util.Optional;

import static io.juesuan.accounts.explanations.Phrases.clauses;
import static io.juesuan.accounts.explanations.Phrases.count;

/** The 国有资产占用（占有）使用情况 paragraph, in the profile's labels, each figure only when the document states it. */
final class AssetsParagraph {

    private AssetsParagraph() {
    }

    /**
     * "截至…，{subject}共有车辆…；单价50万元（含）以上通用设备…"; empty when nothing is stated.
     *
     * @param subject who holds them as the template says it: 本单位, or the department's name
     */
    static Optional<String> write(int year, String subject, StateAssets assets, AssetWording wording) {
        if (assets == null) {
            return Optional.empty();
        }
        String vehicles = "";
        if (assets.vehicles() != null) {
            List<Integer> counts = assets.vehicles().counts();
            String[] byUse = new String[counts.size()];
            for (int i = 0; i < byUse.length; i++) {
                byUse[i] = count(wording.vehicles().get(i), counts.get(i), "辆");
            }
            String listed = clauses("、", byUse);
            vehicles = assets.vehicles().total()
                    .map(total -> subject + "共有车辆" + total + "辆，其中：" + listed)
                    .orElse(listed.isEmpty() ? "" : subject + "车辆中：" + listed);
        }
        String equipment = clauses("，", wording.equipment().entrySet().stream()
                .map(label -> count(label.getValue(), assets.equipment(label.getKey()), "台（套）"))
                .toArray(String[]::new));
        String stated = clauses("；", vehicles, equipment);
        return stated.isEmpty() ? Optional.empty() : Optional.of("截至" + year + "年12月31日，" + stated + "。");
    }
}
