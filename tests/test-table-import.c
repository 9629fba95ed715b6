/* CUnit suite for table-import: the two shared seeds field by field, the
 * row-per-line layout of issue 9, department forms, and every flagged case.
 *
 * The seeds are copied into tests/data/import/ (000_… and 003_…, as in
 * ../shared/seeds/), so the suite never depends on the shared folder. Every
 * expected value below is read off the seed text by hand: the line numbers
 * are those of the seed files, amounts are the printed ones in fen
 * (160万元 = 1,600,000.00 元 = 160000000 fen). */
#include <string.h>

#include <glib.h>

#include "test-util.h"

typedef struct {
    const char *l1, *l2, *l3, *desc, *target, *basis;
} Ind;

typedef struct {
    const char *code; /* NULL: derived from the name (000 has none) */
    const char *name;
    BudgetFen budget; /* fiscal is the same for every seed project; other is blank */
    const char *purpose;
    int plan[4]; /* percent at the end of March, June, October, December; -1 blank */
    BudgetPlanForm form;
    int64_t line; /* the row that starts the project's table */
    size_t n_goals;
    size_t n_ind;
    const Ind *ind;
} Expect;

/* ---- Helpers ---------------------------------------------------------- */

static BudgetTableImport *import_file(const char *name, BudgetError *err)
{
    BudgetTableImport *imp = budget_table_import_new();
    char *path = test_data_path(name);

    CU_ASSERT_TRUE(budget_table_import_read_file(imp, path, err));
    g_free(path);
    return imp;
}

static BudgetTableImport *import_file_fails(const char *name, BudgetError *err)
{
    BudgetTableImport *imp = budget_table_import_new();
    char *path = test_data_path(name);

    CU_ASSERT_FALSE(budget_table_import_read_file(imp, path, err));
    g_free(path);
    return imp;
}

static BudgetTableImport *import_text(const char *text, bool ok, BudgetError *err)
{
    BudgetTableImport *imp = budget_table_import_new();

    CU_ASSERT_EQUAL(budget_table_import_read_text(imp, text, -1, "doc.txt", err), ok);
    return imp;
}

/* The code 000's projects get: "X" and the first 10 hex digits (upper case)
 * of SHA-256 over unit, U+001F, name (docs/import.md). */
static char *derived(const char *unit, const char *name)
{
    char *key = g_strdup_printf("%s\x1f%s", unit, name);
    char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, key, -1);
    char *up = g_ascii_strup(sum, 10);
    char *code = g_strconcat("X", up, NULL);

    g_free(key);
    g_free(sum);
    g_free(up);
    return code;
}

static void check_plan(const BudgetProject *p, const int plan[4], BudgetPlanForm form)
{
    static const int months[4] = {3, 6, 10, 12};
    const BudgetPlan *plan_obj = budget_project_get_plan(p);
    BudgetPlanForm got;

    CU_ASSERT_PTR_NOT_NULL_FATAL(plan_obj);
    for (int i = 0; i < 4; i++) {
        int64_t v = -1;
        bool has = budget_plan_has_month(plan_obj, months[i], &v);
        CU_ASSERT_EQUAL(has, plan[i] >= 0);
        if (plan[i] >= 0)
            CU_ASSERT_EQUAL(v, (int64_t)plan[i] * 1000000);
    }
    CU_ASSERT_TRUE(budget_plan_resolve(plan_obj, &got, NULL));
    CU_ASSERT_EQUAL(got, form);
}

static void check_indicator(const BudgetIndicator *ind, const char *code, const Ind *e)
{
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_code(ind), code);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level1(ind), e->l1);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level2(ind), e->l2);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level3(ind), e->l3);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_description(ind), e->desc);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(ind), e->target);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_basis(ind), e->basis);
}

static size_t count_goals(const BudgetTableImport *imp, const char *code)
{
    size_t n = 0;

    for (size_t i = 0; i < budget_table_import_get_n_goals(imp); i++) {
        const char *c;
        (void)budget_table_import_get_goal_nth(imp, i, &c, NULL);
        n += strcmp(c, code) == 0;
    }
    return n;
}

static void check_projects(const BudgetTableImport *imp, const Expect *e, size_t n, int year)
{
    const BudgetBook *book = budget_table_import_get_book(imp);

    CU_ASSERT_EQUAL_FATAL(budget_book_get_n_projects(book), n);
    for (size_t i = 0; i < n; i++) {
        char *code = e[i].code != NULL ? g_strdup(e[i].code) : derived("", e[i].name);
        const BudgetProject *p = budget_book_get_project(book, code);
        BudgetFen fiscal = 0, other = 0;

        CU_ASSERT_PTR_NOT_NULL_FATAL(p);
        CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), e[i].name);
        CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), "");
        CU_ASSERT_EQUAL(budget_project_get_year(p), year);
        assert_fen(e[i].budget, budget_project_get_budget(p));
        CU_ASSERT_TRUE(budget_project_get_funding(p, BUDGET_SOURCE_FISCAL, &fiscal));
        assert_fen(e[i].budget, fiscal);
        CU_ASSERT_FALSE(budget_project_get_funding(p, BUDGET_SOURCE_OTHER, &other));
        CU_ASSERT_STRING_EQUAL(budget_project_get_purpose(p), e[i].purpose);
        check_plan(p, e[i].plan, e[i].form);
        CU_ASSERT_EQUAL(count_goals(imp, code), e[i].n_goals);
        CU_ASSERT_EQUAL_FATAL(budget_book_get_project_n_indicators(book, code), e[i].n_ind);
        for (size_t k = 0; k < e[i].n_ind; k++)
            check_indicator(budget_book_get_project_indicator_nth(book, code, k), code, &e[i].ind[k]);
        g_free(code);
    }
}

/* ---- Seed 000: one cell per line, amounts with 万元 in the cell ---------- */

/* The indicator rows every project of 000 has (lines 102-144 for the first):
 * 一级 "产出\n指标 " is merged down over four rows and read as 产出指标. */
#define IND_000(done, quality)                                                                               \
    {                                                                                                        \
        {"产出指标", "数量指标", "工作完成率（%）", "工作完成率（%）", done, "工作要求"},                    \
            {"产出指标", "质量指标", "工作合格率（%）", "工作合格率（%）", quality, "工作要求"},             \
            {"产出指标", "时效指标", "完成时限", "完成时限", "2024年12月31日", "工作要求"},                  \
            {"产出指标", "成本指标", "预算执行率（%）", "预算执行率（%）", "≥95%", "工作要求"},              \
            {"效果指标", "社会效益指标", "保障工作开展", "保障工作开展", "保障工作开展", "工作要求"},        \
        {                                                                                                    \
            "满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "工作要求"   \
        }                                                                                                    \
    }

static const Ind ind_000[6] = IND_000("=100%", "=100%");
/* 环保专项经费 (lines 405, 412) writes its targets without "=". */
static const Ind ind_000_bare[6] = IND_000("100%", "100%");

static const Expect seed_000[] = {
    {NULL,
     "智慧环保综合服务及空气监测站运维",
     160000000,
     "项目包含3套国标法空气站项目需要保证所有设备和监控系统正常运行，并对监测数据进行分析，为高新区大气污染防"
     "治"
     "管控提供技术支持。项目运维费用包含所有设备的日常运行维护和零部件更换、设备维修费用。",
     {25, 50, 75, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     49,
     2,
     6,
     ind_000},
    {NULL,
     "智慧环保指挥平台分年度费用",
     69000000,
     "根据已签订合同及中标文件测算。",
     {25, 50, 75, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     150,
     1,
     6,
     ind_000},
    {NULL,
     "更换三女河、老庄子乡镇站设备",
     95000000,
     "根据根据已签订合同件测算。",
     {25, 50, 75, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     251,
     1,
     6,
     ind_000},
    {NULL,
     "环保专项经费",
     50000000,
     "用于对企业进行大气、水、土等监督性监测相关费用。",
     {25, 50, 75, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     351,
     1,
     6,
     ind_000_bare},
    {NULL,
     "交通费",
     10000000,
     "4辆电动车费用（1.8万元/年/辆）及保险（0.6万元/年/辆）。",
     {25, 50, 75, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     449,
     1,
     6,
     ind_000},
};

static void test_import_seed_000(void)
{
    BudgetError err;
    BudgetTableImport *imp = import_file("import/000_ee34ae722ba5d322.txt", &err);
    char *summary;

    /* The year is the heading's (line 1: " 2024年部门整体绩效目标"). */
    check_projects(imp, seed_000, G_N_ELEMENTS(seed_000), 2024);
    CU_ASSERT_EQUAL(budget_table_import_get_n_plans(imp), 5);
    CU_ASSERT_EQUAL(budget_table_import_get_n_goals(imp), 6); /* 2 + 1 + 1 + 1 + 1 */
    CU_ASSERT_EQUAL(budget_table_import_get_n_department_indicators(imp), 0);
    /* Every code is "————": five derived codes, flagged at the code rows. */
    CU_ASSERT_EQUAL_FATAL(budget_table_import_get_n_flags(imp), 5);
    for (size_t i = 0; i < 5; i++) {
        BudgetTableImportFlag flag;
        const BudgetError *f = budget_table_import_get_flag_nth(imp, i, &flag);
        char *code = derived("", seed_000[i].name);

        CU_ASSERT_EQUAL(flag, BUDGET_TABLE_IMPORT_FLAG_DERIVED_CODE);
        CU_ASSERT_EQUAL(f->line, seed_000[i].line);
        CU_ASSERT_STRING_EQUAL(f->field, "code");
        CU_ASSERT_PTR_NOT_NULL(strstr(f->message, code));
        g_free(code);
    }
    /* Goals of the first project: 目标1 and 目标2 (lines 80-85). */
    {
        const char *code;
        int number;
        char *first = derived("", seed_000[0].name);

        CU_ASSERT_STRING_EQUAL(budget_table_import_get_goal_nth(imp, 0, &code, &number), "确保系统正常运行");
        CU_ASSERT_STRING_EQUAL(code, first);
        CU_ASSERT_EQUAL(number, 1);
        CU_ASSERT_STRING_EQUAL(budget_table_import_get_goal_nth(imp, 1, NULL, &number),
                               "确保大系统监测数据准确");
        CU_ASSERT_EQUAL(number, 2);
        g_free(first);
    }
    summary = budget_table_import_format_summary(imp);
    CU_ASSERT_STRING_EQUAL(
        summary,
        "5 projects, 30 indicators, 5 plans, 6 goals, 0 department indicators read; 5 items flagged");
    budget_free(summary);
    budget_table_import_free(imp);
}

/* ---- Seed 003: one cell per line, 单位：万元 in each table's title row ---- */

#define NO -1
static const Ind ind_0448[] = {
    {"产出指标", "质量指标", "评估报告符合编制要求", "评估报告符合编制要求", "符合要求", ""},
    {"产出指标", "质量指标", "通过专家评审", "通过专家评审", "通过评审", ""},
    {"产出指标", "质量指标", "按照时间节点要求完成编制", "按照时间结点要求完成编制", "按时完成", ""},
};
static const Ind ind_2hf4[] = {
    {"效果指标", "可持续影响指标", "网格化设备在线率", "网格化设备在线率", "≥90%", ""},
    {"效果指标", "可持续影响指标", "故障响应率", "故障响应率", "≥90%", ""},
    {"效果指标", "可持续影响指标", "平台稳定运行率", "平台稳定运行率", "≥90%", ""},
};
static const Ind ind_8xv8[] = {
    {"产出指标", "时效指标", "按时完成", "按时完成监测任务", "按时完成监测任务，出具监测数据等", ""},
    {"产出指标", "质量指标", "及时掌握", "掌握在用机动车尾气排放现状", "保证遥感检测工作的顺利开展", ""},
    {"效果指标", "社会效益指标", "完成环境数据分析", "保证政府及时采取对策", "降低或减少环境灾害", ""},
};
static const Ind ind_jfd6[] = {
    {"产出指标", "数量指标", "监测站点", "监测数据监测站点能稳定出具6参数数据",
     "85%站点为优，70%站点为良，60%站点为中，60%以下站点为差", ""},
    {"产出指标", "质量指标", "质量排名", "乡镇空气质量排名",
     "乡镇空气质量排名，每月出具空气质量月报，12期为优，11期为良，10期为中，少于10期为差", ""},
    {"效果指标", "社会效益指标", "监测数据", "为政府决策提供环境质量数据", "环境监测数据及时准确", ""},
};
static const Ind ind_4b88[] = {
    {"产出指标", "质量指标", "全市重点涉气企业接入平台", "全市重点涉气企业接入平台",
     "全市重点涉气企业接入平台", ""},
    {"产出指标", "数量指标", "完成市级平台建设", "搭建市本级统一的分表计电平台", "1建成一套平台", ""},
    {"效果指标", "生态效益指标", "企业污染防治设施正常运行", "确保企业污染防治设施正常运行",
     "企业污染防治设施正常运行", ""},
    {"效果指标", "社会效益指标", "加强对企业监管",
     "通过组织企业安装终端设施，实现对企业污染防治设施的全天候监管，督促企业守法运行",
     "通过组织企业安装终端设施，实现对企业污染防治设施的全天候监管，督促企业守法运行", ""},
};
static const Ind ind_bf20[] = {
    {"产出指标", "时效指标", "按期完成定标工作", "按上级要求时限完成戡界定标工作", "按期完成", ""},
    {"产出指标", "质量指标", "符合国家技术规范", "对戡界定标工作进行验收", "通过验收和上级部门评估。", ""},
    {"效果指标", "生态效益指标", "为生态保护提供支撑", "满足管理工作要求", "满足工作需要", ""},
};
static const Ind ind_68dn[] = {
    {"产出指标", "质量指标", "污染源普查档案", "国家、省普查办相关要求", "按要求完成", ""},
    {"产出指标", "质量指标", "普查工作报告、技术报告", "国家、省普查办相关要求", "按要求完成", ""},
    {"产出指标", "质量指标", "普查成果", "国家、省普查办相关要求", "按要求完成", ""},
    {"效果指标", "可持续影响指标", "污染源普查档案建立完备", "国家、省普查办相关要求", "按要求完成", ""},
    {"效果指标", "可持续影响指标", "出具质量核查与评估报告", "国家、省普查办相关要求", "按要求完成", ""},
    {"效果指标", "可持续影响指标", "出具普查公报，建成数据库平台", "国家、省普查办相关要求", "按要求完成",
     ""},
};
static const Ind ind_pnbd[] = {
    {"效果指标", "可持续影响指标", "各项服务设备稳定运行率", "各项服务设备稳定运行率", "≥90%", ""},
    {"效果指标", "可持续影响指标", "异常响应率", "异常响应率", "≥90%", ""},
    {"效果指标", "可持续影响指标", "安全可靠", "安全可靠", "≥90%", ""},
};
static const Ind ind_0226[] = {
    {"产出指标", "时效指标", "完成率", "按期完成采购任务", "按期完成采购任务，提升监测水平", ""},
    {"产出指标", "质量指标", "完成率", "按期完成采购任务", "仪器设备到位并安装、调试、培训、验收，正常使用",
     ""},
    {"效果指标", "生态效益指标", "加强监测技术设备", "为政府决策提供环境质量数据", "环境监测数据及时准确",
     ""},
};
static const Ind ind_642d[] = {
    {"效果指标", "可持续影响指标", "出水指标出除率达到要求", "出除率达到要求", "≥90出除率达标", ""},
    {"效果指标", "可持续影响指标", "应急响应率", "应急响应率", "≥90应急响应达标", ""},
    {"效果指标", "可持续影响指标", "应急设备能够满足使用要求", "维修后设备能够满足要求", "满足工作要求。",
     ""},
};
static const Ind ind_6vr2[] = {
    {"效果指标", "可持续影响指标", "视频监控设备在线率", "视频监控设备在线率", "≥90%", ""},
    {"效果指标", "可持续影响指标", "运维响应率", "运维响应率", "≥90%", ""},
    {"效果指标", "可持续影响指标", "设备运转率", "设备运转率", "≥90%", ""},
};

/* Plans as printed (lines 73-77 …): blank cells are months with no value;
 * 20,35,20,25 and 30,40,30 fall back somewhere so they are incremental
 * (they sum to 100); 50,50 is non-decreasing but ends at 50, so incremental
 * too; the others rise to 100 and are cumulative. Amounts: 60.00 万元 =
 * 600,000.00 元 = 60000000 fen. */
static const Expect seed_003[] = {
    {"000-9999-JSN-0448",
     "2020年秦皇岛市饮用水水源地评估调查",
     60000000,
     "编制饮用水水源地评估报告",
     {NO, NO, 100, NO},
     BUDGET_PLAN_FORM_CUMULATIVE,
     51,
     2,
     3,
     ind_0448},
    {"000-9999-JSN-2HF4",
     "大气污染防治网格化监测设备运维服务",
     90000000,
     "设备维护费",
     {95, NO, NO, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     119,
     2,
     3,
     ind_2hf4},
    {"000-9999-JSN-8XV8",
     "机动车遥感监测",
     85000000,
     "用于开展机动车遥感检测工作的顺利开展",
     {20, 35, 20, 25},
     BUDGET_PLAN_FORM_INCREMENTAL,
     187,
     2,
     3,
     ind_8xv8},
    {"000-9999-JSN-JFD6",
     "空气自动监测站建设及运行维护项目",
     1052000000,
     "用于空气站运维费用",
     {30, 40, 30, NO},
     BUDGET_PLAN_FORM_INCREMENTAL,
     255,
     2,
     3,
     ind_jfd6},
    {"000-9999-JSN-4B88",
     "秦皇岛市排污单位分表记电监管平台",
     70000000,
     "建设市级平台建设，并进行系统运行服务费",
     {50, 70, 100, NO},
     BUDGET_PLAN_FORM_CUMULATIVE,
     323,
     2,
     4,
     ind_4b88},
    {"000-9999-JSN-BF20",
     "秦皇岛市生态保护红线勘界定标",
     100000000,
     "按照省厅2020年生态保护红线勘界定标工作要求执行",
     {NO, NO, 50, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     398,
     2,
     3,
     ind_bf20},
    {"000-9999-JSN-68DN",
     "全国第二次污染源普查",
     88000000,
     "组织实施全国第二次污染源普查",
     {30, 100, NO, NO},
     BUDGET_PLAN_FORM_CUMULATIVE,
     466,
     2,
     6,
     ind_68dn},
    {"000-9999-JSN-PNBD",
     "生态环境综合业务数据云管理租赁服务",
     70000000,
     "租赁服务",
     {90, NO, NO, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     555,
     2,
     3,
     ind_pnbd},
    {"000-9999-JSN-0226",
     "仪器设备购置",
     100000000,
     "用于监测设备的更新和维护以及加强环境监测的技术装备",
     {50, 50, NO, NO},
     BUDGET_PLAN_FORM_INCREMENTAL,
     623,
     2,
     3,
     ind_0226},
    {"000-9999-JSN-642D",
     "应急污水车车辆和污水处理设备检修及运营费用",
     80000000,
     "确保应急状态下，处理设施能够及时出动，按时到场，正常运行，准确提供监测数据，污水处理达到相应技术要求。",
     {25, 50, 100, NO},
     BUDGET_PLAN_FORM_CUMULATIVE,
     691,
     2,
     3,
     ind_642d},
    {"000-9999-JSN-6VR2",
     "重点污染源视频监控线路及视频设备维护",
     20000000,
     "设备维护",
     {90, NO, NO, 100},
     BUDGET_PLAN_FORM_CUMULATIVE,
     759,
     2,
     3,
     ind_6vr2},
};

static void test_import_seed_003(void)
{
    BudgetError err;
    BudgetTableImport *imp = import_file("import/003_625616916719a6fa.txt", &err);
    const char *code;
    int number;

    /* The year: line 1 "2020年部门预算绩效信息", and each table's heading. */
    check_projects(imp, seed_003, G_N_ELEMENTS(seed_003), 2020);
    CU_ASSERT_EQUAL(budget_table_import_get_n_plans(imp), 11);
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(budget_table_import_get_book(imp)), 37);
    CU_ASSERT_EQUAL(budget_table_import_get_n_goals(imp), 22);
    CU_ASSERT_EQUAL(budget_table_import_get_n_flags(imp), 0);
    /* The goal cell of lines 80-81 holds two numbered lines: two goals. */
    CU_ASSERT_STRING_EQUAL(budget_table_import_get_goal_nth(imp, 0, &code, &number), "完成方案并通过评审");
    CU_ASSERT_STRING_EQUAL(code, "000-9999-JSN-0448");
    CU_ASSERT_EQUAL(number, 1);
    CU_ASSERT_STRING_EQUAL(budget_table_import_get_goal_nth(imp, 1, &code, &number),
                           "编制饮用水水源地评估报告");
    CU_ASSERT_EQUAL(number, 2);
    budget_table_import_free(imp);
}

/* ---- The row-per-line layout (issue 9's invented example) ------------- */

static const char tab_rows[] =
    "\t某某县某某中心\t\t\t\t\t\t单位：元\n"
    "\t项目编码\t13000000P00EXAMPLE01X\t\t项目名称\t示例监测运维\t\t\n"
    "\t预算规模及资金用途\t预算数\t120000.00\t其中：财政    资金\t120000.00\t其他资金\t\n"
    "\t\t用于示例设备运维\t\t\t\t\t\n"
    "\t资金支出计划（%%）\t3月底\t\t6月底\t10月底\t12月底\t\n"
    "%s"
    "\t一级指标\t二级指标\t三级指标\t绩效指标描述\t\t指标值\t指标值确定依据\n"
    "\t产出指标\t数量指标\t完成率\t完成率\t\t≥90百分比\t依据相关文件\n"
    "\t\t质量指标\t覆盖率\t覆盖率\t\t≥90百分比\t依据相关文件\n";

static void check_tab_rows(const char *values)
{
    char *text = g_strdup_printf(tab_rows, values);
    BudgetTableImport *imp = budget_table_import_new();
    BudgetError err;
    const BudgetBook *book;
    const BudgetProject *p;
    BudgetFen fiscal = 0;
    static const int plan[4] = {40, 60, NO, NO};
    static const Ind ind[2] = {
        {"产出指标", "数量指标", "完成率", "完成率", "≥90百分比", "依据相关文件"},
        {"产出指标", "质量指标", "覆盖率", "覆盖率", "≥90百分比", "依据相关文件"},
    };

    /* No heading names a year: --year supplies it. */
    CU_ASSERT_TRUE(budget_table_import_set_year(imp, 2024));
    CU_ASSERT_TRUE_FATAL(budget_table_import_read_text(imp, text, -1, "example.txt", &err));
    book = budget_table_import_get_book(imp);
    CU_ASSERT_EQUAL_FATAL(budget_book_get_n_projects(book), 1);
    p = budget_book_get_project(book, "13000000P00EXAMPLE01X");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), "示例监测运维");
    /* The title row's other cell names the unit. */
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), "某某县某某中心");
    CU_ASSERT_EQUAL(budget_project_get_year(p), 2024);
    /* 单位：元: 120000.00 元 = 12000000 fen. */
    assert_fen(12000000, budget_project_get_budget(p));
    CU_ASSERT_TRUE(budget_project_get_funding(p, BUDGET_SOURCE_FISCAL, &fiscal));
    assert_fen(12000000, fiscal);
    CU_ASSERT_FALSE(budget_project_get_funding(p, BUDGET_SOURCE_OTHER, &fiscal));
    CU_ASSERT_STRING_EQUAL(budget_project_get_purpose(p), "用于示例设备运维");
    /* 40 % by March and 60 % more by June: does not end at 100, sums to 100. */
    check_plan(p, plan, BUDGET_PLAN_FORM_INCREMENTAL);
    CU_ASSERT_EQUAL_FATAL(budget_book_get_project_n_indicators(book, "13000000P00EXAMPLE01X"), 2);
    for (size_t k = 0; k < 2; k++)
        check_indicator(budget_book_get_project_indicator_nth(book, "13000000P00EXAMPLE01X", k),
                        "13000000P00EXAMPLE01X", &ind[k]);
    CU_ASSERT_EQUAL(budget_table_import_get_n_flags(imp), 0);
    budget_table_import_free(imp);
    g_free(text);
}

static void test_import_tab_rows(void)
{
    /* As in the issue: 40% under 3月底, 60% under 6月底 (after the blank
     * header cell that 3月底 spans), spaces in the cells after. */
    check_tab_rows("\t\t40%\t\t60%\t \t \t\n");
    /* Shifted one cell right: 40% under the blank cell 3月底 spans is still
     * March's; 60% sits under 6月底. */
    check_tab_rows("\t\t\t40%\t60%\t\t\n");
}

static void test_import_tab_rows_no_year(void)
{
    char *text = g_strdup_printf(tab_rows, "\t\t40%\t\t60%\t \t \t\n");
    BudgetError err;
    BudgetTableImport *imp = import_text(text, false, &err);

    /* The table starts at its title row, line 1. */
    assert_error(&err, BUDGET_ERROR_PARSE, 1, 0, "year");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "--year"));
    CU_ASSERT_EQUAL(budget_book_get_n_projects(budget_table_import_get_book(imp)), 0);
    budget_table_import_free(imp);
    g_free(text);
}

/* ---- Department forms ------------------------------------------------- */

/* A 部门整体绩效目标申报表 as Word exports it (one cell per line), written
 * for this test from issue 9's description: the task table names the unit
 * on its first row only; 预算资金 spans 合计 and 其中：财政资金 on a second
 * header row; a 合计 row sums the tasks. */
static const char dept_form[] = "2024年度部门整体绩效目标申报表\n"                    /* 1 */
                                "\n"                                                  /* 2 */
                                "\t\n"                                                /* 3 */
                                "\t单位：万元\n"                                      /* 4 */
                                "\n"                                                  /* 5 */
                                "\t部门（单位）名称\n"                                /* 6 */
                                "\t418001玉田县生态环境保护事务中心\n"                /* 7 */
                                "\n"                                                  /* 8 */
                                "\t年度主要任务\n"                                    /* 9 */
                                "\t任务名称\n"                                        /* 10 */
                                "\t主要内容\n"                                        /* 11 */
                                "\t预算资金\n"                                        /* 12 */
                                "\t\n"                                                /* 13 */
                                "\t备注\n"                                            /* 14 */
                                "\n"                                                  /* 15 */
                                "\t\n"                                                /* 16 */
                                "\t\n"                                                /* 17 */
                                "\t\n"                                                /* 18 */
                                "\t合计\n"                                            /* 19 */
                                "\t其中：财政资金\n"                                  /* 20 */
                                "\t\n"                                                /* 21 */
                                "\n"                                                  /* 22 */
                                "\t418001玉田县生态环境保护事务中心\n"                /* 23 */
                                "\t大气污染防治\n"                                    /* 24 */
                                "\t开展大气污染源监测\n"                              /* 25 */
                                "\t120.50\n"                                          /* 26 */
                                "\t100.00\n"                                          /* 27 */
                                "\t含上级补助\n"                                      /* 28 */
                                "\n"                                                  /* 29 */
                                "\t\n"                                                /* 30 */
                                "\t水污染防治\n"                                      /* 31 */
                                "\t河道断面监测\n"                                    /* 32 */
                                "\t30\n"                                              /* 33 */
                                "\t30\n"                                              /* 34 */
                                "\t\n"                                                /* 35 */
                                "\n"                                                  /* 36 */
                                "\t合计\n"                                            /* 37 */
                                "\t\n"                                                /* 38 */
                                "\t\n"                                                /* 39 */
                                "\t150.50\n"                                          /* 40 */
                                "\t130.00\n"                                          /* 41 */
                                "\t\n"                                                /* 42 */
                                "\n"                                                  /* 43 */
                                "\t年度总体目标\n"                                    /* 44 */
                                "\t1、完成大气污染防治任务\n"                         /* 45 */
                                "2、完成水污染防治任务\n"                             /* 46 */
                                "\n"                                                  /* 47 */
                                "\t年度绩效指标\n"                                    /* 48 */
                                "\t一级指标\n"                                        /* 49 */
                                "\t二级指标\n"                                        /* 50 */
                                "\t三级指标\n"                                        /* 51 */
                                "\t指标解释\n"                                        /* 52 */
                                "\t指标值\n"                                          /* 53 */
                                "\n"                                                  /* 54 */
                                "\t\n"                                                /* 55 */
                                "\t产出指标\n"                                        /* 56 */
                                "\t预算执行\n"                                        /* 57 */
                                "\t预算调整率\n"                                      /* 58 */
                                "\t预算调整率=(预算调整数/预算数)×100%\n"             /* 59 */
                                "\t≤10%\n"                                            /* 60 */
                                "\n"                                                  /* 61 */
                                "\t\n"                                                /* 62 */
                                "\t\n"                                                /* 63 */
                                "\t\n"                                                /* 64 */
                                "\t政府采购执行率\n"                                  /* 65 */
                                "\t政府采购执行率=(实际采购金额/采购计划金额)×100%\n" /* 66 */
                                "\t=100%\n";                                          /* 67 */

static void test_import_department_form(void)
{
    BudgetError err;
    BudgetTableImport *imp = import_text(dept_form, true, &err);
    const BudgetBook *book = budget_table_import_get_book(imp);
    const char *unit = "418001玉田县生态环境保护事务中心";
    char *air = derived(unit, "大气污染防治"), *water = derived(unit, "水污染防治");
    const BudgetProject *p;
    const BudgetIndicator *ind;
    BudgetFen v = 0;
    const char *code;
    int number;

    /* Two tasks, two projects (the 合计 row is a sum, not a task). */
    CU_ASSERT_EQUAL_FATAL(budget_book_get_n_projects(book), 2);
    p = budget_book_get_project(book, air);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), "大气污染防治");
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), unit);
    CU_ASSERT_STRING_EQUAL(budget_project_get_purpose(p), "开展大气污染源监测");
    CU_ASSERT_EQUAL(budget_project_get_year(p), 2024);
    /* 120.50 万元 = 1,205,000.00 元; of which fiscal 100.00 万元. */
    assert_fen(120500000, budget_project_get_budget(p));
    CU_ASSERT_TRUE(budget_project_get_funding(p, BUDGET_SOURCE_FISCAL, &v));
    assert_fen(100000000, v);
    CU_ASSERT_STRING_EQUAL(budget_project_get_extra(p, "备注"), "含上级补助");
    CU_ASSERT_PTR_NULL(budget_project_get_plan(p));
    /* The second task's unit cell is merged with the first's. */
    p = budget_book_get_project(book, water);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), unit);
    assert_fen(30000000, budget_project_get_budget(p));
    /* Department goals and indicators, under the unit. */
    CU_ASSERT_EQUAL_FATAL(budget_table_import_get_n_goals(imp), 2);
    CU_ASSERT_STRING_EQUAL(budget_table_import_get_goal_nth(imp, 1, &code, &number), "完成水污染防治任务");
    CU_ASSERT_STRING_EQUAL(code, unit);
    CU_ASSERT_EQUAL(number, 2);
    CU_ASSERT_EQUAL_FATAL(budget_table_import_get_n_department_indicators(imp), 2);
    ind = budget_table_import_get_department_indicator_nth(imp, 1);
    {
        /* The second row's 一级 and 二级 are merged with the first's. */
        static const Ind e = {"产出指标",       "预算执行",
                              "政府采购执行率", "政府采购执行率=(实际采购金额/采购计划金额)×100%",
                              "=100%",          ""};
        check_indicator(ind, unit, &e);
    }
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 0);
    /* The tasks have no codes: both derived and flagged at their rows. */
    CU_ASSERT_EQUAL_FATAL(budget_table_import_get_n_flags(imp), 2);
    CU_ASSERT_EQUAL(budget_table_import_get_flag_nth(imp, 0, NULL)->line, 23);
    CU_ASSERT_EQUAL(budget_table_import_get_flag_nth(imp, 1, NULL)->line, 30);
    g_free(air);
    g_free(water);
    budget_table_import_free(imp);
}

/* ---- Flagged cases and stops ------------------------------------------ */

/* A one-project table in the row-per-line layout, with a year and a unit;
 * %s are the code, the money row's amounts and the plan values. */
static char *small_table(const char *code, const char *money, const char *plan_header, const char *plan)
{
    return g_strdup_printf("2024年项目绩效目标表\n"
                           "\t\t单位：万元\n"
                           "\t项目编码\t%s\t项目名称\t监测\n"
                           "\t预算规模及资金用途\t%s\n"
                           "\t\t运维\n"
                           "\t资金支出计划（%%）\t%s\n"
                           "\t\t%s\n"
                           "\t一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
                           "\t产出指标\t数量指标\t完成率\t完成率\t=100%%\t\n",
                           code, money, plan_header, plan);
}

static const char *const money_ok = "预算数\t100\t其中：财政资金\t100\t其他资金\t";
static const char *const months = "3月底\t6月底\t10月底\t12月底";

/* Imports @text and checks that it has exactly one flag, of @flag at @line. */
static BudgetTableImport *expect_one_flag(const char *text, BudgetTableImportFlag flag, int64_t line)
{
    BudgetError err;
    BudgetTableImport *imp = import_text(text, true, &err);
    BudgetTableImportFlag got;

    CU_ASSERT_EQUAL_FATAL(budget_table_import_get_n_flags(imp), 1);
    CU_ASSERT_EQUAL(budget_table_import_get_flag_nth(imp, 0, &got)->line, line);
    CU_ASSERT_EQUAL(got, flag);
    return imp;
}

static void test_import_flag_invalid_plan(void)
{
    char *t;
    BudgetTableImport *imp;
    const BudgetProject *p;

    /* 30, 30, 30, 30: non-decreasing but not ending at 100, sums to 120. */
    t = small_table("P1", money_ok, months, "30%\t30%\t30%\t30%");
    imp = expect_one_flag(t, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, 7);
    /* Kept as printed: report and score treat it as no plan. */
    p = budget_book_get_project(budget_table_import_get_book(imp), "P1");
    CU_ASSERT_PTR_NOT_NULL(budget_project_get_plan(p));
    CU_ASSERT_FALSE(budget_plan_resolve(budget_project_get_plan(p), NULL, NULL));
    budget_table_import_free(imp);
    g_free(t);

    /* A plan column that names no month: flagged at the header row, its
     * value not read; 3月底 100 stays. */
    t = small_table("P1", money_ok, "3月底\t13月底", "100\t50");
    imp = expect_one_flag(t, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, 6);
    CU_ASSERT_EQUAL(budget_table_import_get_flag_nth(imp, 0, NULL)->column, 3);
    CU_ASSERT_EQUAL(budget_table_import_get_n_plans(imp), 1);
    budget_table_import_free(imp);
    g_free(t);

    /* Two values under one month (3月底 spans the blank cell after it). */
    t = small_table("P1", money_ok, "3月底\t\t12月底", "40\t60\t100");
    imp = expect_one_flag(t, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, 7);
    CU_ASSERT_EQUAL(budget_table_import_get_n_plans(imp), 0);
    budget_table_import_free(imp);
    g_free(t);

    /* A value that is no percentage. */
    t = small_table("P1", money_ok, months, "一半\t\t\t100");
    imp = expect_one_flag(t, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, 7);
    CU_ASSERT_EQUAL(budget_table_import_get_n_plans(imp), 0);
    budget_table_import_free(imp);
    g_free(t);

    /* A blank plan row: no plan, said so. */
    t = small_table("P1", money_ok, months, "\t\t\t");
    imp = expect_one_flag(t, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, 7);
    budget_table_import_free(imp);
    g_free(t);
}

static void test_import_quarterly_plan(void)
{
    /* 分季度用款计划 headers are the ends of March, June, September and
     * December (DESIGN.md); 25 × 4 sums to 100 and does not end at 100:
     * incremental. */
    char *t = small_table("P1", money_ok, "一季度\t第二季度\tQ3\t4季度", "25\t25\t25\t25");
    BudgetError err;
    BudgetTableImport *imp = import_text(t, true, &err);
    const BudgetProject *p = budget_book_get_project(budget_table_import_get_book(imp), "P1");
    BudgetPlanForm form;
    int64_t v = 0;

    CU_ASSERT_EQUAL(budget_table_import_get_n_flags(imp), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(budget_project_get_plan(p));
    CU_ASSERT_TRUE(budget_plan_has_month(budget_project_get_plan(p), 9, &v));
    CU_ASSERT_EQUAL(v, 25000000);
    CU_ASSERT_FALSE(budget_plan_has_month(budget_project_get_plan(p), 10, &v));
    CU_ASSERT_TRUE(budget_plan_resolve(budget_project_get_plan(p), &form, NULL));
    CU_ASSERT_EQUAL(form, BUDGET_PLAN_FORM_INCREMENTAL);
    budget_table_import_free(imp);
    g_free(t);
}

static void test_import_flag_funding(void)
{
    /* 100 = 60 + 30 is false: flagged, amounts kept as printed. */
    char *t = small_table("P1", "预算数\t100\t其中：财政资金\t60\t其他资金\t30", months, "25\t50\t75\t100");
    BudgetTableImport *imp = expect_one_flag(t, BUDGET_TABLE_IMPORT_FLAG_FUNDING, 3);
    const BudgetProject *p = budget_book_get_project(budget_table_import_get_book(imp), "P1");
    BudgetFen other = 0;

    assert_fen(100000000, budget_project_get_budget(p));
    CU_ASSERT_TRUE(budget_project_get_funding(p, BUDGET_SOURCE_OTHER, &other));
    assert_fen(30000000, other);
    budget_table_import_free(imp);
    g_free(t);
}

static void test_import_flag_codes(void)
{
    /* The same table twice: the second P1 becomes P1-2. */
    char *one = small_table("P1", money_ok, months, "25\t50\t75\t100");
    char *two = g_strconcat(one, "\n", one + strlen("2024年项目绩效目标表\n"), NULL);
    BudgetTableImport *imp = expect_one_flag(two, BUDGET_TABLE_IMPORT_FLAG_DUPLICATE_CODE, 12);
    const BudgetBook *book = budget_table_import_get_book(imp);

    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 2);
    CU_ASSERT_PTR_NOT_NULL(budget_book_get_project(book, "P1-2"));
    CU_ASSERT_EQUAL(budget_book_get_project_n_indicators(book, "P1-2"), 1);
    budget_table_import_free(imp);
    g_free(two);
    g_free(one);

    /* A blank code cell: derived, as for "————". */
    one = small_table("", money_ok, months, "25\t50\t75\t100");
    imp = expect_one_flag(one, BUDGET_TABLE_IMPORT_FLAG_DERIVED_CODE, 3);
    {
        char *code = derived("", "监测");
        CU_ASSERT_PTR_NOT_NULL(budget_book_get_project(budget_table_import_get_book(imp), code));
        g_free(code);
    }
    budget_table_import_free(imp);
    g_free(one);
}

static void test_import_not_understood_and_strict(void)
{
    char *base = small_table("P1", money_ok, months, "25\t50\t75\t100");
    char *t = g_strconcat(base, "\t产出指标\t数量指标\t覆盖率\t覆盖率\t≥90%\t文件\t多余\n", NULL);
    BudgetTableImport *imp;
    BudgetError err;

    /* A cell past the last column: the row is flagged (line 10, column 7)
     * and not read; the row above stays. */
    imp = expect_one_flag(t, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, 10);
    CU_ASSERT_EQUAL(budget_table_import_get_flag_nth(imp, 0, NULL)->column, 7);
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(budget_table_import_get_book(imp)), 1);
    budget_table_import_free(imp);

    /* --strict: the same document fails there, and nothing is kept. */
    imp = budget_table_import_new();
    budget_table_import_set_strict(imp, true);
    CU_ASSERT_FALSE(budget_table_import_read_text(imp, t, -1, "doc.txt", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 10, 7, "indicator");
    CU_ASSERT_STRING_EQUAL(err.source, "doc.txt");
    CU_ASSERT_EQUAL(budget_book_get_n_projects(budget_table_import_get_book(imp)), 0);
    /* An import reads one document. */
    CU_ASSERT_FALSE(budget_table_import_read_text(imp, base, -1, "doc.txt", &err));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    budget_table_import_free(imp);
    g_free(t);

    /* A row that belongs to nothing (between the code and money rows). */
    imp = expect_one_flag(
        "2024年绩效目标表\n\t项目编码\tP1\t项目名称\t监测\n\t奇怪的行\t\t内容\n\t预算数\t5元\n",
        BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, 3);
    budget_table_import_free(imp);
    g_free(base);
}

static void test_import_furniture_ignored(void)
{
    /* A page number, a bookmark heading and a score line inside the table:
     * no flag, the indicators read on each side. */
    char *base = small_table("P1", money_ok, months, "25\t50\t75\t100");
    char *t = g_strconcat(base, "第 2 页\n[bookmark: _Toc1]项目绩效目标表（续）\n\t得分\t\t\n",
                          "\t\t质量指标\t合格率\t合格率\t=100%\t\n", NULL);
    BudgetError err;
    BudgetTableImport *imp = import_text(t, true, &err);
    const BudgetBook *book = budget_table_import_get_book(imp);

    CU_ASSERT_EQUAL(budget_table_import_get_n_flags(imp), 0);
    CU_ASSERT_EQUAL_FATAL(budget_book_get_project_n_indicators(book, "P1"), 2);
    /* 一级 is inherited across the furniture. */
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level1(budget_book_get_project_indicator_nth(book, "P1", 1)),
                           "产出指标");
    budget_table_import_free(imp);
    g_free(t);
    g_free(base);
}

static void test_import_money_unit(void)
{
    const char *table = "2024年绩效目标表\n"
                        "\t项目编码\tP1\t项目名称\t监测\n"
                        "\t预算数\t%s\t其中：财政资金\t%s\n";
    char *bare = g_strdup_printf(table, "100", "100");
    char *suffixed = g_strdup_printf(table, "100万元", "1000000元");
    BudgetTableImport *imp;
    BudgetError err;

    /* No 单位 anywhere and a bare amount: stop, naming the table (line 2)
     * and the cell (line 3, column 2). */
    imp = import_text(bare, false, &err);
    assert_error(&err, BUDGET_ERROR_PARSE, 3, 2, "unit");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "line 2"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "--unit"));
    budget_table_import_free(imp);

    /* In a cell-per-line export the error names the line of the cell:
     * no-unit.txt's table starts at line 3 (项目编码), its money row at line
     * 8, and "12.5", the row's third cell, is on line 10. */
    budget_table_import_free(import_file_fails("import/no-unit.txt", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 10, 3, "unit");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "line 3"));

    /* --unit 万元 supplies it: 100 万元 = 100000000 fen. */
    imp = budget_table_import_new();
    CU_ASSERT_TRUE(budget_table_import_set_money_unit(imp, BUDGET_MONEY_UNIT_WAN));
    CU_ASSERT_TRUE(budget_table_import_read_text(imp, bare, -1, "doc.txt", &err));
    assert_fen(100000000,
               budget_project_get_budget(budget_book_get_project(budget_table_import_get_book(imp), "P1")));
    budget_table_import_free(imp);

    /* Units in the cells need none: 100万元 = 1000000元 = 100000000 fen. */
    imp = import_text(suffixed, true, &err);
    assert_fen(100000000,
               budget_project_get_budget(budget_book_get_project(budget_table_import_get_book(imp), "P1")));
    budget_table_import_free(imp);

    /* A 单位 paragraph before the table holds for the tables after it, and
     * wins over --unit. */
    g_free(suffixed);
    suffixed = g_strconcat("单位：元\n", bare, NULL);
    imp = budget_table_import_new();
    CU_ASSERT_TRUE(budget_table_import_set_money_unit(imp, BUDGET_MONEY_UNIT_YI));
    CU_ASSERT_TRUE(budget_table_import_read_text(imp, suffixed, -1, "doc.txt", &err));
    assert_fen(10000,
               budget_project_get_budget(budget_book_get_project(budget_table_import_get_book(imp), "P1")));
    budget_table_import_free(imp);
    g_free(suffixed);
    g_free(bare);
}

static void test_import_encoding_and_args(void)
{
    BudgetError err;
    BudgetTableImport *imp = budget_table_import_new();
    gsize len = 0;
    char *gb = g_convert("2024年绩效目标表\n\t项目编码\tP1\t项目名称\t监测\n\t预算数\t5元\n", -1, "GB18030",
                         "UTF-8", NULL, &len, NULL);

    /* A GB18030 export is transcoded. */
    CU_ASSERT_PTR_NOT_NULL_FATAL(gb);
    CU_ASSERT_TRUE(budget_table_import_read_text(imp, gb, (ptrdiff_t)len, "gb.txt", &err));
    CU_ASSERT_STRING_EQUAL(
        budget_project_get_name(budget_book_get_project(budget_table_import_get_book(imp), "P1")), "监测");
    budget_table_import_free(imp);
    g_free(gb);

    imp = budget_table_import_new();
    CU_ASSERT_FALSE(budget_table_import_read_text(imp, "\xff\xfe\x00\x01", 4, "bad.txt", &err));
    assert_error(&err, BUDGET_ERROR_ENCODING, 0, 0, NULL);
    CU_ASSERT_FALSE(budget_table_import_set_year(imp, 1899));
    CU_ASSERT_FALSE(budget_table_import_set_year(imp, 10000));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_table_import_set_money_unit(imp, (BudgetMoneyUnit)7)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_table_import_get_goal_nth(imp, 0, NULL, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_table_import_get_flag_nth(imp, 0, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_table_import_get_department_indicator_nth(imp, 0)));
    budget_table_import_free(imp);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_table_import_read_text(NULL, "", 0, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    imp = budget_table_import_new();
    /* A length below -1 is misuse (api-conventions.md, Lengths): nothing is read. */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_table_import_read_text(imp, "\t项目编码\tP1\n", -2, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    CU_ASSERT_EQUAL(budget_book_get_n_projects(budget_table_import_get_book(imp)), 0);
    CU_ASSERT_FALSE(budget_table_import_read_file(imp, "/nonexistent/doc.txt", &err));
    assert_error(&err, BUDGET_ERROR_IO, 0, 0, NULL);
    budget_table_import_free(imp);
    budget_table_import_free(NULL);
}

static void test_import_flag_names(void)
{
    BudgetTableImportFlag f = BUDGET_TABLE_IMPORT_FLAG_FUNDING;

    for (int i = 0; i < BUDGET_TABLE_IMPORT_FLAG_N; i++) {
        const char *name = budget_table_import_flag_to_string((BudgetTableImportFlag)i);
        CU_ASSERT_PTR_NOT_NULL_FATAL(name);
        CU_ASSERT_TRUE(budget_table_import_flag_from_string(name, &f));
        CU_ASSERT_EQUAL(f, i);
    }
    CU_ASSERT_STRING_EQUAL(budget_table_import_flag_to_string(BUDGET_TABLE_IMPORT_FLAG_DERIVED_CODE),
                           "derived_code");
    CU_ASSERT_FALSE(budget_table_import_flag_from_string("guessed", &f));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_table_import_flag_to_string(BUDGET_TABLE_IMPORT_FLAG_N)));
}

static void test_import_save(void)
{
    BudgetError err;
    BudgetTableImport *imp = import_file("import/003_625616916719a6fa.txt", &err);
    char *dir = test_make_tmpdir();
    BudgetBook *back = budget_book_new();
    char *path, *report = NULL, *goals = NULL;
    GDir *d;
    const char *entry;
    size_t n_entries = 0;

    CU_ASSERT_TRUE_FATAL(budget_table_import_save(imp, dir, &err));
    /* Five files, no temporary left behind. */
    d = g_dir_open(dir, 0, NULL);
    while ((entry = g_dir_read_name(d)) != NULL)
        n_entries++;
    g_dir_close(d);
    CU_ASSERT_EQUAL(n_entries, 5);
    /* projects.csv and indicators.csv read back to the same book. */
    path = g_build_filename(dir, "projects.csv", NULL);
    CU_ASSERT_TRUE(budget_csv_load_projects(back, path, NULL, NULL, &err));
    g_free(path);
    path = g_build_filename(dir, "indicators.csv", NULL);
    CU_ASSERT_TRUE(budget_csv_load_indicators(back, path, NULL, NULL, &err));
    g_free(path);
    CU_ASSERT_EQUAL(budget_book_get_n_projects(back), 11);
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(back), 37);
    assert_fen(1052000000, budget_project_get_budget(budget_book_get_project(back, "000-9999-JSN-JFD6")));
    path = g_build_filename(dir, "import-report.txt", NULL);
    CU_ASSERT_TRUE(g_file_get_contents(path, &report, NULL, NULL));
    CU_ASSERT_STRING_EQUAL(
        report, "11 projects, 37 indicators, 11 plans, 22 goals, 0 department indicators read; 0 items "
                "flagged\n");
    g_free(path);
    path = g_build_filename(dir, "goals.csv", NULL);
    CU_ASSERT_TRUE(g_file_get_contents(path, &goals, NULL, NULL));
    CU_ASSERT_TRUE(g_str_has_prefix(goals, "code,number,goal\n000-9999-JSN-0448,1,完成方案并通过评审\n"));
    g_free(path);
    /* A folder that does not exist. */
    CU_ASSERT_FALSE(budget_table_import_save(imp, "/nonexistent/out", &err));
    assert_error(&err, BUDGET_ERROR_IO, 0, 0, NULL);
    g_free(goals);
    g_free(report);
    budget_book_unref(back);
    g_free(dir);
    budget_table_import_free(imp);
}

static CU_TestInfo import_tests[] = {
    {"seed 000 field by field", test_import_seed_000},
    {"seed 003 field by field", test_import_seed_003},
    {"row-per-line layout", test_import_tab_rows},
    {"no year: stop naming the table", test_import_tab_rows_no_year},
    {"department form", test_import_department_form},
    {"flag: invalid plans", test_import_flag_invalid_plan},
    {"quarterly plan headers", test_import_quarterly_plan},
    {"flag: funds do not add up", test_import_flag_funding},
    {"flag: duplicate and derived codes", test_import_flag_codes},
    {"flag: not understood, and --strict", test_import_not_understood_and_strict},
    {"page furniture is ignored", test_import_furniture_ignored},
    {"money unit: stated, supplied or stop", test_import_money_unit},
    {"encoding and arguments", test_import_encoding_and_args},
    {"flag names", test_import_flag_names},
    {"save writes five files", test_import_save},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"table-import", test_criticals_init, test_criticals_cleanup, NULL, NULL, import_tests},
    CU_SUITE_INFO_NULL,
};
