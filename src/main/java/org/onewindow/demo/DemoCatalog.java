package org.onewindow.demo;

import java.util.List;
import java.util.stream.Stream;

import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;

/**
 * Service items of the demo hall, named as a county government service centre's 事项清单 names them, with English
 * translations. Legal time limits are the law's, promised ones the hall's shorter promise; instant items (即办件) are
 * decided at the window. The codes and English names are the ones tests look items up by.
 */
final class DemoCatalog {

    static final List<ServiceItem> ITEMS = List.of(
            item("AMR-001", "个体工商户设立登记", "Individual business licence").promised(15, 3).by("AMR").oneVisit()
                    .guide("经营者本人到窗口申请，材料齐全、符合法定形式的，三个工作日内发放营业执照。",
                            "The operator applies in person; with complete materials the licence is issued within "
                                    + "three working days.")
                    .materials(required("个体工商户登记（备案）申请书", "Application form"),
                            original("经营者身份证", "Resident ID card of the operator"),
                            copy("经营场所使用证明", "Proof of business premises")),
            item("AMR-002", "食品经营许可证核发", "Food business licence").promised(20, 10).by("AMR", "HEALTH")
                    .guide("申请人提交材料后，市场监管局组织现场核查，符合条件的颁发食品经营许可证。",
                            "After the application the Market Regulation Bureau inspects the premises and issues the "
                                    + "licence.")
                    .materials(required("食品经营许可申请书", "Application form"),
                            copy("营业执照", "Business licence"),
                            copy("经营场所平面布局图", "Floor plan of the premises"),
                            copy("食品安全管理制度", "Food safety management rules"),
                            copy("从业人员健康证明", "Health certificates of staff")),
            item("AMR-003", "企业开办登记（含公章刻制、社保登记）", "Company establishment registration").promised(15, 3)
                    .by("AMR", "PSB", "HRSS").oneVisit()
                    .guide("企业开办一窗通办：营业执照、公章刻制、社保登记一次办结。",
                            "Company registration, seal engraving and social insurance registration in one go.")
                    .materials(required("公司登记（备案）申请书", "Application form"),
                            copy("公司章程", "Articles of association"),
                            copies("股东身份证复印件", "ID cards of shareholders", 1),
                            copy("住所（经营场所）证明", "Proof of registered address")),
            item("HRSS-001", "社会保障卡补换", "Social security card application").promised(5, 5).by("HRSS").oneVisit()
                    .guide("社会保障卡遗失或损坏的补换，制卡后到窗口领取；照片可现场采集。",
                            "Replacement of a lost or damaged social security card, collected at the window once "
                                    + "made; the photo can be taken there.")
                    .materials(original("居民身份证", "Resident ID card"),
                            optional("近期一寸免冠照片", "Recent photo")),
            item("HRSS-004", "个人社会保险参保缴费证明开具", "Certificate of social insurance contributions").instant(1)
                    .by("HRSS").oneVisit()
                    .guide("本人持身份证到窗口当场开具，加盖业务专用章。",
                            "Issued at the window on the spot to the insured person with their ID card, with the "
                                    + "office's stamp.")
                    .materials(original("居民身份证", "Resident ID card")),
            item("HRSS-002", "失业保险金申领", "Unemployment insurance benefit").promised(15, 10).by("HRSS", "CIVIL")
                    .guide("解除劳动关系后六十日内申领，审核通过后按月发放。",
                            "Claimed within sixty days after employment ended; paid monthly once approved.")
                    .materials(original("居民身份证", "Resident ID card"),
                            copy("解除或终止劳动关系证明", "Proof of termination of employment"),
                            copy("本人社会保障卡或银行卡", "Bank card")),
            item("HRSS-003", "基本养老保险关系转移接续", "Pension insurance transfer").promised(45, 15).by("HRSS")
                    .guide("跨统筹地区就业的参保人员转移基本养老保险关系。",
                            "Transfer of basic pension insurance for insured people who moved between regions.")
                    .materials(original("居民身份证", "Resident ID card"),
                            original("参保缴费凭证", "Insurance record from the previous region"),
                            required("基本养老保险关系转移接续申请表", "Transfer application")),
            item("PSB-001", "居住证办理", "Residence certificate").promised(15, 7).by("PSB").oneVisit()
                    .guide("在本县居住半年以上、有合法稳定就业或住所的，可申领居住证。",
                            "Residents from other regions living here for six months with a job or a home may apply.")
                    .materials(original("居民身份证", "Resident ID card"),
                            copy("居住证明（租赁合同或房产证）", "Proof of residence (lease or property certificate)"),
                            optional("近期一寸免冠照片", "Recent photo")),
            item("PSB-002", "户口迁入", "Household registration transfer").promised(20, 10).by("PSB", "HOUSING")
                    .guide("符合落户条件的，将户口迁入本县。",
                            "Moving household registration (hukou) into the county for those who qualify.")
                    .materials(original("居民户口簿", "Household register"),
                            original("居民身份证", "Resident ID card"),
                            copy("不动产权证书", "Property certificate"),
                            original("户口迁移证", "Migration certificate")),
            item("CIVIL-001", "最低生活保障审批", "Minimum living allowance").promised(30, 20)
                    .by("CIVIL", "HRSS", "HOUSING")
                    .guide("家庭人均收入低于当地低保标准的，以家庭为单位申请，经入户调查和公示后审批。",
                            "A household below the local standard applies; approved after a home visit and public "
                                    + "notice.")
                    .materials(required("最低生活保障申请书", "Application form"),
                            copy("居民户口簿", "Household register"),
                            copy("家庭收入证明", "Income statements"),
                            copy("家庭住房情况说明", "Housing statement")),
            item("CIVIL-002", "高龄津贴申领", "Elderly care subsidy").promised(20, 15).by("CIVIL", "HEALTH")
                    .guide("八十周岁以上或失能老年人申领居家养老补贴。",
                            "Home care subsidy for residents over 80 or with disabilities.")
                    .materials(required("高龄津贴申请表", "Application form"),
                            copy("居民身份证", "Resident ID card"),
                            optional("失能等级评估报告", "Health assessment")),
            item("HOUSING-001", "建筑工程施工许可证核发", "Construction works permit").promised(15, 15)
                    .by("HOUSING", "NATRES", "FIRE")
                    .guide("建设单位在开工前申领施工许可证，并联办理消防设计审查和规划核验。",
                            "The builder applies before work starts; fire design review and planning check run in "
                                    + "parallel.")
                    .materials(required("建筑工程施工许可证申请表", "Application form"),
                            copy("建设用地规划许可证", "Land use certificate"),
                            copy("建设工程规划许可证", "Planning permit"),
                            copy("施工图设计文件审查合格书", "Construction drawings review"),
                            copy("施工合同", "Construction contract")),
            item("NATRES-001", "不动产转移登记", "Real estate registration").promised(10, 5).by("NATRES", "HOUSING")
                    .oneVisit()
                    .guide("买卖双方到窗口共同申请，税费缴纳后办理转移登记。",
                            "Buyer and seller apply together at the window; registered once the taxes are paid.")
                    .materials(required("不动产登记申请书", "Application form"),
                            copies("买卖双方身份证", "Resident ID cards of both parties", 2),
                            copy("不动产买卖合同", "Sale contract"),
                            copy("完税凭证", "Tax receipt")),
            item("NATRES-003", "不动产登记资料查询", "Real estate register search").instant(1).by("NATRES").oneVisit()
                    .guide("权利人或利害关系人持身份证当场查询并打印查询结果。",
                            "The owner or an interested party searches the register at the window and gets the "
                                    + "printout on the spot.")
                    .materials(required("不动产登记资料查询申请表", "Search request form"),
                            original("居民身份证", "Resident ID card")),
            item("NATRES-002", "建设用地规划许可证核发", "Land use planning permit").promised(20, 20)
                    .by("NATRES", "HOUSING")
                    .guide("建设项目用地的规划许可。", "Planning permit for the land a construction project uses.")
                    .materials(required("建设用地规划许可申请表", "Application form"),
                            copy("土地权属证明", "Land ownership documents"),
                            copy("建设项目总平面图", "Site plan")),
            item("FIRE-001", "公众聚集场所投入使用、营业前消防安全检查", "Fire safety inspection before opening")
                    .promised(10, 10).by("FIRE", "AMR")
                    .guide("公众聚集场所在投入使用、营业前申请消防安全检查。",
                            "Public venues apply for a fire safety inspection before they open.")
                    .materials(required("公众聚集场所投入使用、营业前消防安全检查申请表", "Application form"),
                            copy("营业执照", "Business licence"),
                            copy("消防安全制度和灭火应急疏散预案", "Fire safety plan"),
                            copy("场所平面布置图", "Floor plan")));

    private DemoCatalog() {
    }

    private static Item item(String code, String nameZh, String nameEn) {
        return new Item(code, nameZh, nameEn);
    }

    /** A form filled in at the window: one, handed in as the original. */
    private static MaterialRequirement required(String zh, String en) {
        return original(zh, en);
    }

    /** A document shown in the original and checked at the window. */
    private static MaterialRequirement original(String zh, String en) {
        return new MaterialRequirement(zh, en, true, true, 1);
    }

    private static MaterialRequirement copy(String zh, String en) {
        return copies(zh, en, 1);
    }

    private static MaterialRequirement copies(String zh, String en, int copies) {
        return new MaterialRequirement(zh, en, true, false, copies);
    }

    private static MaterialRequirement optional(String zh, String en) {
        return new MaterialRequirement(zh, en, false, false, 1);
    }

    /**
     * One demo item as the 事项清单 reads: its limits, the departments, the promise of one visit, the guide, and last
     * its materials, which finish it. Every demo item is a published first version that may be applied for online.
     */
    private static final class Item {

        private final String code;
        private final String nameZh;
        private final String nameEn;
        private ItemKind kind;
        private int legalDays;
        private int promisedDays;
        private List<String> departments;
        private boolean oneVisit;
        private String guideZh;
        private String guideEn;

        private Item(String code, String nameZh, String nameEn) {
            this.code = code;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        /** A promised item (承诺件): the law's limit and the hall's shorter promise, in working days. */
        Item promised(int legal, int promised) {
            return limits(ItemKind.PROMISED, legal, promised);
        }

        /** An instant item (即办件), decided at the window; the law's limit binds should it go further. */
        Item instant(int legal) {
            return limits(ItemKind.INSTANT, legal, 0);
        }

        private Item limits(ItemKind kind, int legal, int promised) {
            this.kind = kind;
            this.legalDays = legal;
            this.promisedDays = promised;
            return this;
        }

        /** The lead department first, then those collaborating on it. */
        Item by(String lead, String... collaborating) {
            this.departments = Stream.concat(Stream.of(lead), Stream.of(collaborating)).toList();
            return this;
        }

        /** The hall promises the citizen comes only once (最多跑一次). */
        Item oneVisit() {
            this.oneVisit = true;
            return this;
        }

        Item guide(String zh, String en) {
            this.guideZh = zh;
            this.guideEn = en;
            return this;
        }

        ServiceItem materials(MaterialRequirement... materials) {
            return new ServiceItem(code, 1, ItemState.PUBLISHED, nameZh, nameEn, kind, legalDays, promisedDays,
                    departments.get(0), departments.subList(1, departments.size()), List.of(materials), true, guideZh,
                    guideEn, oneVisit);
        }
    }
}
