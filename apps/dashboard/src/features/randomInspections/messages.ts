import type { DeepStrings } from '../../i18n/merge';

/** Random inspection (双随机一公开) pages (issue 16). */
export const randomInspectionsChinese = {
  app: {
    randomDraws: {
      publicTitle: '双随机抽查公示',
      publicHint: '随机抽取检查对象和检查人员，抽查结果向社会公开；任何人都可用公布的随机种子和输入数据复核抽取结果。',
      none: '暂无已公布的抽查',
      seed: '随机种子',
      policy: '抽取规则',
      dueBy: '检查完成期限',
      position: '序号',
      community: '小区',
      township: '乡镇（街道）',
      enterprise: '物业服务企业',
      weight: '权重',
      inspectors: '检查人员',
      result: '检查结果',
      pending: '待检查',
      resultText: '%{score} 分，问题 %{findings} 项',
      refused: '拒绝配合检查',
      reproduce: '复核抽取结果',
      reproduced: '复核一致：按公布的种子和输入重新计算，抽取结果与公布名单完全一致',
      notReproduced: '复核不一致：重新计算的结果与公布名单不同',
    },
  },
};

export const randomInspectionsEnglish: DeepStrings<typeof randomInspectionsChinese> = {
  app: {
    randomDraws: {
      publicTitle: 'Random inspections',
      publicHint: 'Communities and inspectors are drawn at random and the results made public; anyone can redo a draw from its published seed and inputs.',
      none: 'No published draws yet',
      seed: 'Seed',
      policy: 'Policy',
      dueBy: 'Inspect by',
      position: 'No.',
      community: 'Community',
      township: 'Township',
      enterprise: 'Property-service firm',
      weight: 'Weight',
      inspectors: 'Inspectors',
      result: 'Result',
      pending: 'Not inspected yet',
      resultText: '%{score} points, %{findings} findings',
      refused: 'Refused to cooperate',
      reproduce: 'Reproduce the draw',
      reproduced: 'Reproduced: recomputed from the published seed and inputs, the draw is exactly the published list',
      notReproduced: 'Not reproduced: the recomputed draw differs from the published list',
    },
  },
};
