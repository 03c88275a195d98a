// Generated from the organization service's OpenAPI document by tools/build/api-types.cjs. Do not edit.
export interface paths {
    "/api/organization/activity-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内各党总支的固定活动日及当月检查 / General branches’ activity days and a month’s check-off */
        get: operations["MeetingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/activity-days/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出固定活动日检查表（xlsx）/ Export the activity days and a month’s check-off */
        get: operations["MeetingsController_exportActivityDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询本服务的操作审计记录（按辖区范围）/ Audit records of this service within your scope */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某辖区某日的组织覆盖和工作覆盖：合计、下级辖区、类型、行业、目标 / Organization and work coverage of a jurisdiction on a date */
        get: operations["CoverageController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出两个覆盖统计（xlsx）/ Export the coverage of a jurisdiction on a date as a workbook */
        get: operations["CoverageController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/coverage/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未覆盖名单（未建组织 / 工作未覆盖 / 职工达线无党员），游标分页 / Enterprises of the base on a gap list, cursor-paged */
        get: operations["CoverageController_gaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/coverage/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重算进度 / Progress of the running or last rebuild */
        get: operations["CoverageController_rebuildStatus"];
        put?: never;
        /** 全量重算覆盖率（分批、可续跑）/ Rebuild the coverage from organization’s data, in resumable batches */
        post: operations["CoverageController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/dues/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区党费收缴汇总（按下级组织）/ Dues collected in a year per unit below a jurisdiction */
        get: operations["DuesTotalsController_totals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/formation/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的组建建议（默认待处理），游标分页 / Formation suggestions at or under a jurisdiction, open unless asked otherwise */
        get: operations["FormationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/formation/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条组建建议 / One suggestion */
        get: operations["FormationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/formation/suggestions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采纳：一步完成组建、脱联或调整，并发出相应事件 / Accept: the change is made in one step, with its events */
        post: operations["FormationController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/formation/suggestions/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不采纳（须填理由）/ Dismiss with a note */
        post: operations["FormationController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/keycloak-sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上次核对 Keycloak 组的结果 / The last reconcile of Keycloak groups with the tree */
        get: operations["KeycloakSyncController_last"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/keycloak-sync/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即核对并修复 Keycloak 组（缺失的重建，多余的只报告）/ Reconcile now: missing groups made again, strays reported */
        post: operations["KeycloakSyncController_reconcile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次会议记录 / One meeting record */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/meetings/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内组织生活逾期的党支部（按路径分页）/ Branches with a meeting overdue, paged by path */
        get: operations["MeetingsController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/meetings/overdue/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出组织生活逾期清单（xlsx）/ Export the overdue list */
        get: operations["MeetingsController_exportOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 花名册或发展队伍（身份证号、手机号脱敏），按组织、姓名排序，游标分页 / Roster or pipeline, masked, cursor-paged */
        get: operations["MembersController_list"];
        put?: never;
        /** 登记党员或入党申请人（一人只在一个党组织）/ Enter a member or an applicant; one org per person */
        post: operations["MembersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名党员（脱敏）及发展经历 / One member, masked, with the development steps */
        get: operations["MembersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改党员信息 / Change a member’s details */
        patch: operations["MembersController_update"];
        trace?: never;
    };
    "/api/organization/members/{id}/dues/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 核定缴费基数和月缴金额（按政策比例档次）/ Set the dues base and monthly amount by the policy’s bands */
        put: operations["MemberDuesController_setAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/{id}/dues/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 收缴党费并开具编号收据（可补缴 6 个月内，已结账月份不可）/ Take a payment and issue a numbered receipt */
        post: operations["MemberDuesController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 完整身份证号和手机号（每次查看记入审计）/ The full citizen ID and phone; each view is audited */
        get: operations["MembersController_identity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党员某年的积分及来源 / A member’s points of a year, with where each came from */
        get: operations["PointsController_ofMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移出花名册或发展队伍（病故、出党、撤回申请），记录保留 / Take off the roster or the pipeline, with the reason; the record stays */
        post: operations["MembersController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发展下一步（按顺序、不早于政策最短期限）/ The next development step, in order and after the policy’s minimum duration */
        post: operations["MembersController_step"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党员的组织关系转接历史 / A member’s transfers */
        get: operations["TransfersController_ofMember"];
        put?: never;
        /** 转出党员：县内转接（待转入方接收）或转出县外（凭介绍信）/ Send a member: inside the county, or out of it with the letter */
        post: operations["TransfersController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/development-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度发展党员统计（申请、积极分子、发展对象、发展、转正），按下级组织 / Yearly development figures per unit below a path */
        get: operations["MembersController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/development-statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出年度发展党员统计（xlsx）/ Export the yearly development figures */
        get: operations["MembersController_exportStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出花名册或发展队伍（xlsx，身份证号脱敏）/ Export the roster or pipeline, masked */
        get: operations["MembersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载党员花名册导入模板 / Download the roster template */
        get: operations["MembersController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按身份证号精确查找在册记录，可含历史记录（盲索引，不解密）/ Exact lookup by citizen ID through the blind index; history on request */
        post: operations["MembersController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的党员信息 / The caller’s own member record */
        get: operations["MembersController_own"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/members/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的积分（政策开启时）/ The caller’s own points, where the policy turns them on */
        get: operations["PointsController_own"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本辖区内的组织（分页）/ Org units within your scope, paged by path */
        get: operations["OrgUnitsController_list"];
        put?: never;
        /** 设立下级组织 / Create an org unit under one in your scope */
        post: operations["OrgUnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询组织 / Org unit by id (404 outside your scope) */
        get: operations["OrgUnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更改组织名称 / Rename an org unit (the old name is kept in its history) */
        patch: operations["OrgUnitsController_rename"];
        trace?: never;
    };
    "/api/organization/org-units/{id}/activity-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设定党总支每月固定活动日 / Set a general branch’s fixed monthly activity day */
        put: operations["OrgMeetingsController_schedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/activity-day/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 园区检查某月活动日是否开展 / The park checks off whether a month’s activity day was held */
        post: operations["OrgMeetingsController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/checklists/{list}/{item}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 勾选或取消清单项（记录谁、何时）/ Tick or untick a checklist item; who and when are kept */
        put: operations["PartyOrgRecordsController_tick"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤并组织（须已无下级组织、企业和用户）/ Close a unit that holds no units, enterprises or users; its Keycloak group goes */
        post: operations["CloseOrgUnitController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记委员会（换届时上一届留存）/ Record the committee as elected; the previous one is kept */
        put: operations["PartyOrgRecordsController_elect"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党费收缴名册（一册）/ The dues roster of a branch */
        get: operations["BranchDuesController_accounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/accounts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党费名册（xlsx）/ Export the dues roster */
        get: operations["BranchDuesController_exportAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 月度结账（结账后该月不可再登记）/ Close the books up to a month */
        post: operations["BranchDuesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党费收缴台账（一账）/ The dues ledger of a branch */
        get: operations["BranchDuesController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党费台账（xlsx）/ Export the dues ledger */
        get: operations["BranchDuesController_exportLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党费收缴公示（按月）/ The month’s publication list */
        get: operations["BranchDuesController_publication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党费收据（一票），含作废 / The receipts of a branch, void ones too */
        get: operations["BranchDuesController_receipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/dues/receipts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党费收据存根（xlsx）/ Export the receipts */
        get: operations["BranchDuesController_exportReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党支部覆盖的企业及历史 / The enterprises a branch covers, and those it covered */
        get: operations["BranchEnterprisesController_list"];
        put?: never;
        /** 将企业纳入党支部 / Attach an enterprise to a branch (one branch at a time, within the form’s and the policy’s limit) */
        post: operations["BranchEnterprisesController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/enterprises/{enterpriseId}/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 将企业移出党支部 / Detach an enterprise from a branch, with the reason */
        post: operations["BranchEnterprisesController_detach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/meeting-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按政策频次的组织生活情况：缺开周期、逾期起始日 / Standing against the policy’s cadence: missed periods, overdue since */
        get: operations["OrgMeetingsController_compliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本组织的会议记录，新的在前 / An org’s meeting records, newest first */
        get: operations["OrgMeetingsController_list"];
        put?: never;
        /** 登记会议（三会一课、主题党日、组织生活会、民主评议）及出席 / Record a meeting with its attendance */
        post: operations["OrgMeetingsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/meetings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出会议记录（xlsx）/ Export an org’s meeting records */
        get: operations["OrgMeetingsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/member-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党支部党员某年的积分（供考评读取）/ Each member’s points of a year in a branch, for the assessment */
        get: operations["PointsController_ofOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从花名册导入党员（逐行校验身份证号，重复和已在他处在册的行不导入）/ Import a branch’s roster workbook */
        post: operations["RosterImportController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整党组织隶属关系（本园区或乡镇内，连同下级）/ Move a party organization, with the units under it, within its park or township */
        post: operations["MoveOrgUnitController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党组织的大礼包、六有清单和委员会 / A party organization’s checklists and committee */
        get: operations["PartyOrgRecordsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销党支部 / Revoke a branch, with the reason (refused while it covers enterprises) */
        post: operations["RevokeBranchController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/org-units/by-path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按路径查询组织 / Org unit by path */
        get: operations["OrgUnitsController_byPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本辖区的政策版本 / A jurisdiction’s own policy versions */
        get: operations["PoliciesController_versions"];
        put?: never;
        /** 发布政策新版本 / Publish a new version of a jurisdiction’s policy */
        post: operations["PoliciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/policies/effective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某辖区某日执行的政策及每项来源 / The policy in force for a jurisdiction on a date, and where each value comes from */
        get: operations["PoliciesController_effective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上报统计表：按园区乡镇和合计的基数、覆盖率、党组织、党员、本年新建撤销 / The statistics table for upper levels */
        get: operations["StatisticsController_table"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出上报统计表（xlsx）/ Export the statistics table as a workbook */
        get: operations["StatisticsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/system/probes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送事件链路探针 / Send a probe event through outbox, JetStream and every durable consumer */
        post: operations["SystemController_sendProbe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/system/probes/{probeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看探针送达情况 / Which services received the probe */
        get: operations["SystemController_probe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/system/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本服务及其他服务的连通状态、事件发件箱 / This service, request/reply reachability of the others, and its outbox */
        get: operations["SystemController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本辖区转入、转出的转接，新的在前 / Transfers into and out of a unit, newest first */
        get: operations["TransfersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/transfers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转入方接收（党员随即转入）/ The receiving side receives; the member moves */
        post: operations["TransfersController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/transfers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转入方退回（须说明原因）/ The receiving side rejects, with the reason */
        post: operations["TransfersController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/transfers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转出方撤回（待接收时）/ The sending side withdraws while it waits */
        post: operations["TransfersController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/transfers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出组织关系转接台账（xlsx）/ Export the transfers */
        get: operations["TransfersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization/transfers/inward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县外转入（凭介绍信登记）/ A member joining from outside the county, with the letter */
        post: operations["TransfersController_inward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptSuggestionDto: {
            /**
             * @description 备注 / note
             * @example 园区党工委会议同意
             */
            note?: string;
        };
        AccountsBookDto: {
            closedUpTo: string | null;
            label: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            rows: components["schemas"]["AccountsBookRowDto"][];
            year: number;
        };
        AccountsBookRowDto: {
            account: components["schemas"]["DuesAccountViewDto"] | null;
            arrears: components["schemas"]["ArrearsStandingDto"] | null;
            /** Format: uuid */
            memberId: string;
            name: string;
            paid: components["schemas"]["PaidMonthDto"][];
            paidFen: number;
            /** @enum {string} */
            stage: "applicant" | "activist" | "target" | "probationary" | "formal";
        };
        ActivityDayCheckDto: {
            /** Format: date-time */
            at: string;
            by: string;
            held: boolean;
            note: string | null;
        };
        ActivityDayListDto: {
            items: components["schemas"]["ActivityDayViewDto"][];
            month: string;
        };
        ActivityDayViewDto: {
            check: components["schemas"]["ActivityDayCheckDto"] | null;
            dayOfMonth: number | null;
            dueOn: string | null;
            label: string;
            month: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            place: string | null;
            /** @enum {string} */
            status: "held" | "not-held" | "unchecked" | "unscheduled";
        };
        ArrearsStandingDto: {
            /** @enum {string} */
            level: "ok" | "warning" | "lapse";
            since: string | null;
            unpaidMonths: number;
        };
        AttachedEnterpriseDto: {
            by: string;
            /** Format: uuid */
            enterpriseId: string;
            name: string;
            /** @description 纳入日期 YYYY-MM-DD / attached on */
            since: string;
            uscc: string;
        };
        AttachEnterpriseDto: {
            /**
             * Format: uuid
             * @description 企业编号（台账）/ the enterprise’s ledger id
             */
            enterpriseId: string;
        };
        AttachmentMetaDto: {
            /**
             * @description 文件名 / file name
             * @example sign-in.jpg
             */
            fileName?: string;
            /** @description 大小（字节）/ size in bytes */
            size?: number;
            /**
             * @description 附件名称 / title
             * @example 签到表
             */
            title: string;
        };
        AttachmentMetaViewDto: {
            fileName?: string;
            size?: number;
            title: string;
        };
        AttendanceDto: {
            /**
             * Format: uuid
             * @description 党员 / member
             */
            memberId: string;
            /** @description 是否到会 / present */
            present: boolean;
            /**
             * @description 缺席原因 / reason for an absence
             * @example 出差
             */
            reason?: string;
        };
        AuditActorDto: {
            id: string;
            /** @description user、service 或 system */
            kind: string;
            username?: string;
        };
        AuditEntryDto: {
            _id: string;
            /** @description 操作，如 enterprise.update / action */
            action: string;
            actor: components["schemas"]["AuditActorDto"];
            at: string;
            /** @description 字段 → { from, to } / field → { from, to } */
            changes?: {
                [key: string]: unknown;
            };
            requestId?: string;
            target?: components["schemas"]["AuditTargetDto"];
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            next?: string;
        };
        AuditTargetDto: {
            id: string;
            kind: string;
            orgPath?: string;
        };
        BaseFiguresDto: {
            base: number;
            organization: number;
            rate: number | null;
        };
        BranchEnterprisesDto: {
            enterprises: components["schemas"]["AttachedEnterpriseDto"][];
            /** @enum {string|null} */
            form: "independent" | "joint" | "hosted" | null;
            history: components["schemas"]["DetachedEnterpriseDto"][];
            /** @description 最多覆盖企业数，null 为不限 / most enterprises it may cover, null for no limit */
            maxEnterprises: number | null;
            orgId: string;
            orgPath: string;
        };
        CheckActivityDayDto: {
            /** @description 是否按时开展 / held as scheduled */
            held: boolean;
            /**
             * @description 月份 / month
             * @example 2026-11
             */
            month: string;
            /** @description 检查说明 / note */
            note?: string;
        };
        ChecklistItemDto: {
            at: string | null;
            by: string | null;
            done: boolean;
            item: string;
            label: string;
        };
        ChecklistsDto: {
            /** @description 活动阵地“六有” / the activity room's six haves */
            "activity-room": components["schemas"]["ChecklistItemDto"][];
            /** @description 党建大礼包 / the new organization's starter kit */
            "starter-kit": components["schemas"]["ChecklistItemDto"][];
        };
        ChildFiguresDto: {
            /** @description 党建基数 / the base */
            base: number;
            kind: string;
            label: string;
            large: number;
            largeWithoutMembers: number;
            /** @description 已建党组织 / covered by a party organization */
            organization: number;
            /** @description 百分比，一位小数；基数为 0 时为 null / percent, null for an empty base */
            organizationRate: number | null;
            path: string;
            /** @description 党的工作覆盖 / covered by an organization or an instructor */
            work: number;
            workRate: number | null;
        };
        CloseDuesMonthDto: {
            /**
             * @description 结账至该月（含）/ close months up to and including
             * @example 2026-10
             */
            month: string;
        };
        CloseOrgUnitDto: {
            /**
             * @description 撤并原因 / why the unit closes
             * @example 园区整合，并入经济开发区 / merged into the development zone
             */
            reason: string;
        };
        CommitteeDto: {
            electedOn: string;
            members: components["schemas"]["CommitteeMemberViewDto"][];
        };
        CommitteeMemberDto: {
            /** @example 张三 */
            name: string;
            /**
             * @description 职务 / office
             * @enum {string}
             */
            role: "secretary" | "deputy-secretary" | "organization" | "propaganda" | "discipline" | "youth" | "member";
            /** @description 平台用户名 / platform username */
            username?: string;
        };
        CommitteeMemberViewDto: {
            name: string;
            role: string;
            roleLabel?: string;
            username?: string;
        };
        CoverageRebuildDto: {
            corrected?: number;
            finishedAt?: string | null;
            id?: string;
            processed?: number;
            startedAt?: string;
            /** @enum {string} */
            status?: "running" | "recounting" | "completed";
            total?: number;
        };
        CoverageViewDto: {
            byIndustry: components["schemas"]["IndustryFiguresDto"][];
            byKind: components["schemas"]["KindFiguresDto"][];
            children: components["schemas"]["ChildFiguresDto"][];
            date: string;
            figuresOf: string | null;
            label: string;
            path: string;
            /** @enum {string} */
            source: "live" | "snapshot" | "none";
            targets: components["schemas"]["TargetStandingDto"][];
            totals: components["schemas"]["FiguresRowDto"];
        };
        CreateMemberDto: {
            /**
             * @description 平台用户名（本人登录后可查看自己的信息）/ platform username of the person
             * @example member
             */
            account?: string;
            /**
             * @description 公民身份号码（18 位）/ citizen ID number (18 characters)
             * @example 11010519491231002X
             */
            citizenId: string;
            /**
             * @description 学历 / education
             * @enum {string}
             */
            education?: "primary" | "junior-high" | "senior-high" | "vocational" | "college" | "bachelor" | "master" | "doctorate";
            /**
             * Format: uuid
             * @description 所在企业（台账编号）/ the ledger enterprise the person works in
             */
            enterpriseId?: string;
            /**
             * @description 入党日期（正式党员：成为预备党员之日）/ formal members: the day they became probationary
             * @example 2019-07-01
             */
            joinedOn?: string;
            /**
             * @description 姓名 / name
             * @example 王建国
             */
            name: string;
            /**
             * Format: uuid
             * @description 所在党支部 / the branch
             */
            orgId: string;
            /**
             * @description 手机号 / phone
             * @example 13812345678
             */
            phone?: string;
            /**
             * @description 在企业中的职务 / position in the enterprise
             * @example 车间主任
             */
            position?: string;
            /**
             * @description 进入当前阶段的日期（预备党员为支部大会通过之日）/ the day the current stage began (probation: the vote)
             * @example 2025-07-01
             */
            since: string;
            /**
             * @description 当前阶段 / stage now
             * @enum {string}
             */
            stage: "applicant" | "activist" | "target" | "probationary" | "formal";
        };
        CreateOrgUnitDto: {
            /**
             * @description 党支部的组建方式：单独、联合、依托村社区 / how a branch is formed
             * @enum {string}
             */
            form?: "independent" | "joint" | "hosted";
            /**
             * @description 党组织成立日期（默认今天）/ founding date of a general branch or branch, today unless given
             * @example 2026-07-01
             */
            foundedOn?: string;
            /** @enum {string} */
            kind: "county" | "park" | "township" | "party-committee" | "general-branch" | "branch" | "party-group";
            /**
             * @description 中文名称 / label
             * @example 新能源产业党支部
             */
            label: string;
            /**
             * @description 英文标识（小写字母、数字、连字符）/ slug
             * @example new-energy-branch
             */
            name: string;
            /**
             * @description 上级路径 / parent path
             * @example /demo-county/econ-dev-zone
             */
            parentPath: string;
            /**
             * @description 书记（平台用户名）/ secretary: the platform username
             * @example branch.secretary
             */
            secretary?: string;
        };
        CreatePolicyVersionDto: {
            /**
             * @description 生效日期 / first day in force
             * @example 2027-01-01
             */
            effectiveFrom: string;
            /**
             * @description 失效日期（不含）；不填则一直有效到下一版本 / first day no longer in force; open-ended unless given
             * @example 2028-01-01
             */
            effectiveUntil?: string;
            /**
             * @description 说明（文件名、文号）/ note: the document it comes from
             * @example 县委组织部〔2027〕1号
             */
            note?: string;
            /**
             * @description 辖区路径 / jurisdiction path
             * @example /demo-county/econ-dev-zone
             */
            path: string;
            /**
             * @description 本辖区覆盖的设置，其余继承上级 / the settings this jurisdiction overrides; the rest are inherited. Keys: independentBranchMinFormalMembers, jointBranchMinEnterprises, jointBranchMaxEnterprises, employeeRuleThreshold, employeeRuleBy, coverageTargets [{ by, organization, work }], meetingCadence { generalMeetingsPerYear, committeeMeetingsPerYear, groupMeetingsPerYear, partyLecturesPerYear }, instructorVisitsPerMonth, developmentMinimums { activistMonths, probationMonths, maxExtensionMonths }, duesBands { employed: [{ upToYuan, permille }], retired: [...] }, memberPoints { enabled, perMeeting }, requestSlaDays { financing, hiring, land, safety, policy, other } (days), leaderRule { enterprisesPerCountyLeader, orgsPerCommitteeMember }
             * @example {
             *       "jointBranchMaxEnterprises": 5,
             *       "coverageTargets": [
             *         {
             *           "by": "2027-12-31",
             *           "organization": 90,
             *           "work": 95
             *         }
             *       ]
             *     }
             */
            settings: {
                [key: string]: unknown;
            };
        };
        DetachedEnterpriseDto: {
            by: string;
            detachedBy: string;
            /** Format: uuid */
            enterpriseId: string;
            name: string;
            reason: string;
            /** @description 纳入日期 YYYY-MM-DD / attached on */
            since: string;
            /** @description 解除日期 / detached on */
            until: string;
            uscc: string;
        };
        DetachEnterpriseDto: {
            /**
             * @description 原因 / reason
             * @example 党员人数达到 3 人，单独组建 / reached 3 formal members, forms its own branch
             */
            reason: string;
        };
        DevelopmentCountsDto: {
            /** @description 列为积极分子 / new activists */
            activists: number;
            /** @description 入党申请人 / applications */
            applicants: number;
            /** @description 转正 / became formal */
            formal: number;
            /** @description 发展党员（成为预备党员）/ new (probationary) members */
            probationary: number;
            /** @description 列为发展对象 / new development targets */
            targets: number;
        };
        DevelopmentStatisticsDto: {
            path: string;
            rows: components["schemas"]["DevelopmentStatisticsRowDto"][];
            total: components["schemas"]["DevelopmentCountsDto"];
            year: number;
        };
        DevelopmentStatisticsRowDto: {
            /** @description 列为积极分子 / new activists */
            activists: number;
            /** @description 入党申请人 / applications */
            applicants: number;
            /** @description 转正 / became formal */
            formal: number;
            label: string;
            path: string;
            /** @description 发展党员（成为预备党员）/ new (probationary) members */
            probationary: number;
            /** @description 列为发展对象 / new development targets */
            targets: number;
        };
        DevelopmentStepDto: {
            /** @description 依据材料 / documents */
            documents?: components["schemas"]["StepDocumentDto"][];
            /**
             * @description 日期 / the day
             * @example 2026-07-01
             */
            on: string;
            /**
             * @description 下一阶段 / the next stage
             * @enum {string}
             */
            stage: "applicant" | "activist" | "target" | "probationary" | "formal";
        };
        DismissSuggestionDto: {
            /**
             * @description 不采纳的理由 / why it is dismissed
             * @example 企业正在迁出，暂不组建
             */
            note: string;
        };
        DuesAccountViewDto: {
            /** @enum {string} */
            category: "employed" | "retired" | "farmer" | "student" | "unemployed" | "low-income";
            categoryLabel: string;
            /** @description 起缴月份 / first month owed */
            dueFrom: string;
            farmerFen: number | null;
            /** @description 税后月收入（分）/ after-tax monthly income, fen */
            incomeFen: number;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            /** @description 月缴党费（分）/ monthly dues, fen */
            monthlyFen: number;
            setForYear: number;
        };
        DuesClosedDto: {
            closedUpTo: string;
            /** Format: uuid */
            orgId: string;
        };
        DuesFiguresDto: {
            collectedFen: number;
            payers: number;
            payments: number;
        };
        DuesLedgerDto: {
            byMonth: components["schemas"]["LedgerMonthDto"][];
            entries: components["schemas"]["LedgerEntryDto"][];
            label: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            totalFen: number;
            year: number;
        };
        DuesPublicationDto: {
            collectedFen: number;
            label: string;
            month: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            paidCount: number;
            rows: components["schemas"]["PublicationRowDto"][];
        };
        DuesReceiptDto: {
            amountFen: number;
            by: string;
            id: string;
            issuedOn: string;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            months: string[];
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            /** @description 收据号 / receipt number */
            receiptNo: string;
            /** @enum {string} */
            status: "issued" | "void";
            voidReason?: string;
        };
        DuesReceiptsDto: {
            items: components["schemas"]["DuesReceiptDto"][];
            label: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            year: number;
        };
        DuesTotalsDto: {
            label: string;
            path: string;
            rows: components["schemas"]["DuesTotalsRowDto"][];
            total: components["schemas"]["DuesFiguresDto"];
            year: number;
        };
        DuesTotalsRowDto: {
            collectedFen: number;
            label: string;
            path: string;
            payers: number;
            payments: number;
        };
        EffectivePolicyDto: {
            date: string;
            labels: {
                [key: string]: string;
            };
            orgPath: string;
            /** @description 各项设置 / each setting in force */
            settings: {
                [key: string]: unknown;
            };
            /** @description 各项来自哪一级的哪个版本（kind: default 或 jurisdiction）/ where each value comes from */
            sources: {
                [key: string]: unknown;
            };
        };
        ElectCommitteeDto: {
            /**
             * @description 选举日期 / election date
             * @example 2026-06-30
             */
            electedOn: string;
            members: components["schemas"]["CommitteeMemberDto"][];
        };
        FiguresRowDto: {
            /** @description 党建基数 / the base */
            base: number;
            large: number;
            largeWithoutMembers: number;
            /** @description 已建党组织 / covered by a party organization */
            organization: number;
            /** @description 百分比，一位小数；基数为 0 时为 null / percent, null for an empty base */
            organizationRate: number | null;
            /** @description 党的工作覆盖 / covered by an organization or an instructor */
            work: number;
            workRate: number | null;
        };
        GapItemDto: {
            /** Format: uuid */
            enterpriseId: string;
            hasMembers: boolean;
            industry: string;
            kind: string;
            large: boolean;
            name: string;
            orgPath: string;
            uscc: string;
        };
        GapPageDto: {
            items: components["schemas"]["GapItemDto"][];
            next?: string;
        };
        IndustryFiguresDto: {
            /** @description 党建基数 / the base */
            base: number;
            industry: string;
            label: string;
            large: number;
            largeWithoutMembers: number;
            /** @description 已建党组织 / covered by a party organization */
            organization: number;
            /** @description 百分比，一位小数；基数为 0 时为 null / percent, null for an empty base */
            organizationRate: number | null;
            /** @description 党的工作覆盖 / covered by an organization or an instructor */
            work: number;
            workRate: number | null;
        };
        InwardTransferDto: {
            /**
             * @description 平台用户名（本人登录后可查看自己的信息）/ platform username of the person
             * @example member
             */
            account?: string;
            /**
             * @description 公民身份号码（18 位）/ citizen ID number (18 characters)
             * @example 11010519491231002X
             */
            citizenId: string;
            /**
             * @description 学历 / education
             * @enum {string}
             */
            education?: "primary" | "junior-high" | "senior-high" | "vocational" | "college" | "bachelor" | "master" | "doctorate";
            /**
             * Format: uuid
             * @description 所在企业（台账编号）/ the ledger enterprise the person works in
             */
            enterpriseId?: string;
            /** @description 县外转出单位 / the sending org outside the county */
            externalOrg: string;
            /**
             * @description 入党日期（正式党员：成为预备党员之日）/ formal members: the day they became probationary
             * @example 2019-07-01
             */
            joinedOn?: string;
            /** @description 介绍信编号 / introduction letter number */
            letterNo: string;
            /**
             * @description 姓名 / name
             * @example 王建国
             */
            name: string;
            /**
             * Format: uuid
             * @description 所在党支部 / the branch
             */
            orgId: string;
            /**
             * @description 手机号 / phone
             * @example 13812345678
             */
            phone?: string;
            /**
             * @description 在企业中的职务 / position in the enterprise
             * @example 车间主任
             */
            position?: string;
            /**
             * @description 进入当前阶段的日期（预备党员为支部大会通过之日）/ the day the current stage began (probation: the vote)
             * @example 2025-07-01
             */
            since: string;
            /**
             * @description 当前阶段 / stage now
             * @enum {string}
             */
            stage: "applicant" | "activist" | "target" | "probationary" | "formal";
        };
        InwardTransferViewDto: {
            member: components["schemas"]["MemberViewDto"];
            transfer: components["schemas"]["TransferViewDto"];
        };
        KindFiguresDto: {
            /** @description 党建基数 / the base */
            base: number;
            /** @enum {string} */
            kind: "enterprise" | "social-org" | "individual";
            label: string;
            large: number;
            largeWithoutMembers: number;
            /** @description 已建党组织 / covered by a party organization */
            organization: number;
            /** @description 百分比，一位小数；基数为 0 时为 null / percent, null for an empty base */
            organizationRate: number | null;
            /** @description 党的工作覆盖 / covered by an organization or an instructor */
            work: number;
            workRate: number | null;
        };
        KindStandingDto: {
            /** @enum {string} */
            kind: "general-meeting" | "committee-meeting" | "group-meeting" | "party-lecture" | "theme-day" | "life-meeting" | "member-review";
            kindLabel: string;
            lastHeld: string | null;
            /** @description 未开会的周期 / periods without a meeting */
            missed: components["schemas"]["PeriodDto"][];
            /** @description 逾期起始日 / overdue since */
            overdueSince: string | null;
            /** @description 每年应开次数 / due per year */
            perYear: number;
        };
        LedgerEntryDto: {
            amountFen: number;
            by: string;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            month: string;
            paidOn: string;
            receiptNo: string;
        };
        LedgerMonthDto: {
            amountFen: number;
            month: string;
            payments: number;
        };
        LookupMemberDto: {
            /**
             * @description 公民身份号码 / citizen ID number
             * @example 11010519491231002X
             */
            citizenId: string;
            /**
             * @description 同时查找已转出、已移出的历史记录 / also the records of earlier orgs (transferred out, left)
             * @default false
             */
            history: boolean;
        };
        MeetingAttendanceViewDto: {
            /** Format: uuid */
            memberId: string;
            name: string;
            present: boolean;
            reason?: string;
        };
        MeetingComplianceDto: {
            kinds: components["schemas"]["KindStandingDto"][];
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            year: number;
        };
        MeetingPageDto: {
            items: components["schemas"]["MeetingViewDto"][];
            next?: string;
        };
        MeetingViewDto: {
            absentCount: number;
            attachments: components["schemas"]["AttachmentMetaViewDto"][];
            attendance: components["schemas"]["MeetingAttendanceViewDto"][];
            heldOn: string;
            host: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "general-meeting" | "committee-meeting" | "group-meeting" | "party-lecture" | "theme-day" | "life-meeting" | "member-review";
            kindLabel: string;
            minutes: string | null;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            place: string | null;
            presentCount: number;
            recordedBy: string;
            topic: string;
        };
        MemberFiguresDto: {
            formal: number;
            probationary: number;
        };
        MemberIdentityDto: {
            /** @description 完整身份证号（本次查看已记入审计）/ the full citizen ID; this view is in the audit trail */
            citizenId: string;
            /** Format: uuid */
            id: string;
            name: string;
            phone: string | null;
        };
        MemberListDto: {
            items: components["schemas"]["MemberViewDto"][];
        };
        MemberPageDto: {
            items: components["schemas"]["MemberViewDto"][];
            next?: string;
        };
        MemberPointsDto: {
            balance: number;
            entries: components["schemas"]["PointsEntryDto"][];
            /** Format: uuid */
            memberId: string;
            year: number;
        };
        MemberStepViewDto: {
            by: string;
            documents: components["schemas"]["StepDocumentViewDto"][];
            /** @description 日期 / the day */
            on: string;
            /** @enum {string} */
            stage: "applicant" | "activist" | "target" | "probationary" | "formal";
        };
        MemberViewDto: {
            account: string | null;
            birthDate: string;
            /** @enum {string} */
            category: "member" | "candidate";
            /**
             * @description 身份证号（脱敏）/ citizen ID, masked
             * @example 1101**********002X
             */
            citizenId: string;
            education: string | null;
            /** Format: uuid */
            enterpriseId: string | null;
            /** @description 转正日期 / the day the person became formal */
            formalOn: string | null;
            /** @enum {string} */
            gender: "male" | "female";
            /** Format: uuid */
            id: string;
            /** @description 入党日期（成为预备党员之日）/ the day the person became probationary */
            joinedOn: string | null;
            name: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            /**
             * @description 手机号（脱敏）/ phone, masked
             * @example 138****5678
             */
            phone: string | null;
            position: string | null;
            /** @description 预备期满之日 / the first day a probationary member may become formal */
            probationEndsOn: string | null;
            /** @enum {string} */
            stage: "applicant" | "activist" | "target" | "probationary" | "formal";
            /** @description 阶段的中文名 / stage in Chinese */
            stageLabel: string;
            /** @enum {string} */
            status: "active" | "transferred-out" | "removed";
            steps: components["schemas"]["MemberStepViewDto"][];
        };
        MoveOrgUnitDto: {
            /**
             * @description 新的上级组织路径 / path of the new parent
             * @example /demo-county/econ-dev-zone/machinery-gb
             */
            parentPath: string;
        };
        OrgPointsDto: {
            items: components["schemas"]["OrgPointsItemDto"][];
            /** Format: uuid */
            orgId: string;
            year: number;
        };
        OrgPointsItemDto: {
            /** Format: uuid */
            memberId: string;
            name: string;
            points: number;
        };
        OrgUnitPageDto: {
            items: components["schemas"]["OrgUnitViewDto"][];
            next?: string;
        };
        OrgUnitViewDto: {
            /** @enum {string} */
            form?: "independent" | "joint" | "hosted";
            foundedOn?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "county" | "park" | "township" | "party-committee" | "general-branch" | "branch" | "party-group";
            /** @description 类型的中文名 / kind in Chinese */
            kindLabel: string;
            label: string;
            name: string;
            parentPath: string | null;
            path: string;
            secretary?: string;
            /** @enum {string} */
            status?: "active" | "revoked" | "closed";
        };
        OverdueOrgDto: {
            label: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
            overdue: components["schemas"]["KindStandingDto"][];
        };
        OverduePageDto: {
            items: components["schemas"]["OverdueOrgDto"][];
            next?: string;
        };
        PaidMonthDto: {
            amountFen: number;
            month: string;
            receiptNo: string;
        };
        PartyOrgFiguresDto: {
            branches: number;
            formedThisYear: number;
            formUnknown: number;
            generalBranches: number;
            hosted: number;
            independent: number;
            joint: number;
            partyCommittees: number;
            partyGroups: number;
            revokedThisYear: number;
        };
        PartyOrgRecordsDto: {
            checklists: components["schemas"]["ChecklistsDto"];
            committee?: components["schemas"]["CommitteeDto"] | null;
            orgId: string;
            path: string;
        };
        PayDuesDto: {
            /**
             * @description 所缴月份（可补缴前 6 个月）/ the months paid (back-payment up to 6 months)
             * @example [
             *       "2026-11"
             *     ]
             */
            months: string[];
        };
        PeriodDto: {
            from: string;
            to: string;
        };
        PointsEntryDto: {
            on: string;
            points: number;
            reason: string;
            sourceId: string;
        };
        PolicyVersionsDto: {
            orgPath: string;
            versions: components["schemas"]["PolicyVersionViewDto"][];
        };
        PolicyVersionViewDto: {
            createdAt: string;
            createdBy: string;
            effectiveFrom: string;
            effectiveUntil: string | null;
            id: string;
            note?: string;
            settings: {
                [key: string]: unknown;
            };
        };
        PublicationRowDto: {
            amountFen: number | null;
            /** Format: uuid */
            memberId: string;
            monthlyFen: number | null;
            name: string;
            paid: boolean;
            receiptNo: string | null;
        };
        RecordMeetingDto: {
            /** @description 附件信息 / attachments’ metadata */
            attachments?: components["schemas"]["AttachmentMetaDto"][];
            /** @description 出席情况 / attendance */
            attendance: components["schemas"]["AttendanceDto"][];
            /**
             * @description 会议日期 / held on
             * @example 2026-11-20
             */
            heldOn: string;
            /** @description 主持人 / host */
            host?: string;
            /**
             * @description 会议类型 / kind
             * @enum {string}
             */
            kind: "general-meeting" | "committee-meeting" | "group-meeting" | "party-lecture" | "theme-day" | "life-meeting" | "member-review";
            /** @description 会议记录 / minutes */
            minutes?: string;
            /** @description 地点 / place */
            place?: string;
            /**
             * @description 主题 / topic
             * @example 学习贯彻党的二十届四中全会精神
             */
            topic: string;
        };
        RemoveMemberDto: {
            /**
             * @description 日期（默认今天）/ the day, today unless given
             * @example 2026-11-20
             */
            on?: string;
            /**
             * @description 原因 / reason
             * @example 病故
             */
            reason: string;
        };
        RenameOrgUnitDto: {
            /**
             * @description 新的中文名称 / the new label
             * @example 经开区第一联合党支部（机械）
             */
            label: string;
        };
        RevokeOrgDto: {
            /**
             * @description 撤销日期（默认今天）/ date, today unless given
             * @example 2026-12-01
             */
            on?: string;
            /**
             * @description 撤销原因 / reason
             * @example 企业注销 / the enterprise was deregistered
             */
            reason: string;
        };
        RosterImportResultDto: {
            created: number;
            refused: components["schemas"]["RosterRowRefusalDto"][];
            /** @description 数据行数 / data rows read */
            total: number;
        };
        RosterRowRefusalDto: {
            column: string;
            /** @description 行号 / line in the workbook */
            line: number;
            reason: string;
        };
        SendTransferDto: {
            /**
             * @description 县外接收单位（转出县外）/ the receiving org outside the county
             * @example 合肥市某公司党支部
             */
            externalOrg?: string;
            /**
             * @description within-county 县内转接（转入方确认），outward 转出县外（凭介绍信）/ inside the county, or out of it
             * @enum {string}
             */
            kind: "within-county" | "outward";
            /**
             * @description 介绍信编号 / introduction letter number
             * @example 皖组转〔2026〕0123号
             */
            letterNo?: string;
            /** @description 说明 / note */
            note?: string;
            /**
             * Format: uuid
             * @description 转入党支部（县内）/ the receiving branch, inside the county
             */
            toOrgId?: string;
        };
        SetActivityDayDto: {
            /**
             * @description 每月几号 / day of the month
             * @example 15
             */
            dayOfMonth: number;
            /**
             * @description 活动地点 / place
             * @example 园区党群服务中心
             */
            place: string;
        };
        SetDuesAccountDto: {
            /**
             * @description 缴费类别 / category
             * @enum {string}
             */
            category: "employed" | "retired" | "farmer" | "student" | "unemployed" | "low-income";
            /**
             * @description 起缴月份（默认：预备党员为入党当月，其余为本月）/ first month owed
             * @example 2026-01
             */
            dueFrom?: string;
            /**
             * @description 农民党员每月金额（分，20–100）/ a farmer member’s monthly amount, 20-100 fen
             * @example 50
             */
            farmerFen?: number;
            /**
             * @description 税后月收入（分）/ after-tax monthly income in fen (0 for fixed-amount categories)
             * @example 450000
             */
            incomeFen: number;
        };
        StatisticsRowDto: {
            enterprises: components["schemas"]["BaseFiguresDto"];
            label: string;
            members: components["schemas"]["MemberFiguresDto"];
            orgs: components["schemas"]["PartyOrgFiguresDto"];
            path: string;
            socialOrgs: components["schemas"]["BaseFiguresDto"];
            workRate: number | null;
        };
        StatisticsTableDto: {
            date: string;
            label: string;
            path: string;
            rows: components["schemas"]["StatisticsRowDto"][];
            /** @enum {string} */
            source: "live" | "snapshot" | "none";
            total: components["schemas"]["StatisticsRowDto"];
        };
        StepDocumentDto: {
            /**
             * @description 日期 / date
             * @example 2026-03-01
             */
            date?: string;
            /**
             * @description 文号 / number
             * @example 海丰支〔2026〕3号
             */
            number?: string;
            /**
             * @description 材料名称 / document
             * @example 入党申请书
             */
            title: string;
        };
        StepDocumentViewDto: {
            date?: string;
            number?: string;
            title: string;
        };
        SuggestedEnterpriseDto: {
            formalMembers: number;
            /** Format: uuid */
            id: string;
            industryCode: string | null;
            name: string;
            uscc: string;
        };
        SuggestionListDto: {
            items: components["schemas"]["SuggestionViewDto"][];
        };
        SuggestionViewDto: {
            branchId: string | null;
            closedAt: string | null;
            decidedBy: string | null;
            enterprises: components["schemas"]["SuggestedEnterpriseDto"][];
            id: string;
            /** @description 园区或乡镇 / the park or township */
            jurisdiction: string;
            /** @enum {string} */
            kind: "form-independent" | "form-at-registration" | "form-joint" | "leave-joint" | "needs-instructor" | "adjust-org";
            label: string;
            note: string | null;
            openedAt: string;
            reason: string;
            result: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            status: "open" | "accepted" | "dismissed" | "obsolete";
        };
        TargetStandingDto: {
            by: string;
            due: boolean;
            organization: number;
            organizationMet: boolean;
            work: number;
            workMet: boolean;
        };
        TickChecklistDto: {
            /** @description 是否已完成 / done or not */
            done: boolean;
        };
        TransferActionDto: {
            /** @description 说明（退回时必填）/ note, required to reject */
            note?: string;
        };
        TransferHistoryDto: {
            /** @enum {string} */
            action: "send" | "receive" | "reject" | "withdraw" | "record";
            /** Format: date-time */
            at: string;
            by: string;
            note: string | null;
        };
        TransferListDto: {
            items: components["schemas"]["TransferViewDto"][];
        };
        TransferPageDto: {
            items: components["schemas"]["TransferViewDto"][];
            next?: string;
        };
        TransferSideDto: {
            label: string;
            /** Format: uuid */
            orgId: string;
            orgPath: string;
        };
        TransferViewDto: {
            /** Format: date-time */
            createdAt: string;
            externalOrg: string | null;
            from: components["schemas"]["TransferSideDto"] | null;
            history: components["schemas"]["TransferHistoryDto"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "within-county" | "outward" | "inward";
            letterNo: string | null;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            /** @enum {string} */
            status: "pending" | "completed" | "rejected" | "withdrawn";
            to: components["schemas"]["TransferSideDto"] | null;
        };
        UpdateMemberDto: {
            /**
             * @description 平台用户名（本人登录后可查看自己的信息）/ platform username of the person
             * @example member
             */
            account?: string;
            /** @description 更正身份证号 / corrected citizen ID number */
            citizenId?: string;
            /**
             * @description 学历 / education
             * @enum {string}
             */
            education?: "primary" | "junior-high" | "senior-high" | "vocational" | "college" | "bachelor" | "master" | "doctorate";
            /**
             * Format: uuid
             * @description 所在企业（台账编号）/ the ledger enterprise the person works in
             */
            enterpriseId?: string;
            /** @description 姓名 / name */
            name?: string;
            /**
             * @description 手机号 / phone
             * @example 13812345678
             */
            phone?: string;
            /**
             * @description 在企业中的职务 / position in the enterprise
             * @example 车间主任
             */
            position?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    MeetingsController_list: {
        parameters: {
            query: {
                /** @description 月份（默认本月）/ month, this one unless given */
                month?: string;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDayListDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MeetingsController_exportActivityDays: {
        parameters: {
            query: {
                /** @description 月份（默认本月）/ month, this one unless given */
                month?: string;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description The `next` cursor of the previous page. */
                cursor?: string;
                from?: string;
                limit?: number;
                targetId?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CoverageController_figures: {
        parameters: {
            query: {
                /** @description 统计日期（默认今天；往日取当日结束时的数字）/ as of this date, today unless given */
                date?: string;
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description COVERAGE_NOT_FOR_THIS_UNIT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "COVERAGE_NOT_FOR_THIS_UNIT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CoverageController_export: {
        parameters: {
            query: {
                /** @description 统计日期（默认今天；往日取当日结束时的数字）/ as of this date, today unless given */
                date?: string;
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description COVERAGE_NOT_FOR_THIS_UNIT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "COVERAGE_NOT_FOR_THIS_UNIT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CoverageController_gaps: {
        parameters: {
            query: {
                /** @description 上一页最后一条的企业 id / the last enterprise id of the previous page */
                cursor?: string;
                /** @description 名单：organization 未建党组织，work 党的工作未覆盖（无组织也无指导员），large-without-members 职工达线但无党员 / which list */
                gap: "organization" | "work" | "large-without-members";
                limit?: number;
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description COVERAGE_NOT_FOR_THIS_UNIT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "COVERAGE_NOT_FOR_THIS_UNIT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CoverageController_rebuildStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageRebuildDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CoverageController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageRebuildDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description COVERAGE_REBUILD_RUNNING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "COVERAGE_REBUILD_RUNNING";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    DuesTotalsController_totals: {
        parameters: {
            query: {
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuesTotalsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    FormationController_list: {
        parameters: {
            query: {
                /** @description 上一页最后一条的 id / the last id of the previous page */
                cursor?: string;
                /** @description 建议类型 / kind */
                kind?: "form-independent" | "form-at-registration" | "form-joint" | "leave-joint" | "needs-instructor" | "adjust-org";
                limit?: number;
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
                /** @description 状态（默认 open 待处理）/ status, open unless given */
                status?: "open" | "accepted" | "dismissed" | "obsolete";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionListDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    FormationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    FormationController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptSuggestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description SUGGESTION_NOT_OPEN · ENTERPRISE_IN_ANOTHER_ORG · PARTY_ORG_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SUGGESTION_NOT_OPEN" | "ENTERPRISE_IN_ANOTHER_ORG" | "PARTY_ORG_REVOKED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PARTY_ORG_FULL */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PARTY_ORG_FULL";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    FormationController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissSuggestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description SUGGESTION_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SUGGESTION_NOT_OPEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    KeycloakSyncController_last: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    KeycloakSyncController_reconcile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MeetingsController_overdue: {
        parameters: {
            query: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverduePageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MeetingsController_exportOverdue: {
        parameters: {
            query: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: {
                /** @description member 花名册（预备、正式党员），candidate 发展对象队伍 / roster or pipeline */
                category?: "member" | "candidate";
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 姓名开头 / name starts with */
                name?: string;
                /** @description 组织路径（默认本人辖区）/ path of a unit, the caller’s own unless given */
                path?: string;
                /** @description 阶段 / stage */
                stage?: "applicant" | "activist" | "target" | "probationary" | "formal";
                /** @description 状态（默认 active 在册）/ status, active unless given */
                status?: "active" | "transferred-out" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberViewDto"];
                };
            };
            /** @description VALIDATION_FAILED · INVALID_CITIZEN_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_CITIZEN_ID";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description MEMBER_ACTIVE_ELSEWHERE · PARTY_ORG_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "MEMBER_ACTIVE_ELSEWHERE" | "PARTY_ORG_REVOKED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberViewDto"];
                };
            };
            /** @description VALIDATION_FAILED · INVALID_CITIZEN_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_CITIZEN_ID";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · MEMBER_ACTIVE_ELSEWHERE · MEMBER_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "MEMBER_ACTIVE_ELSEWHERE" | "MEMBER_NOT_ACTIVE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MemberDuesController_setAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDuesAccountDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuesAccountViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · MEMBER_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "MEMBER_NOT_ACTIVE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MemberDuesController_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayDuesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuesReceiptDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DUES_MONTH_PAID · MEMBER_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DUES_MONTH_PAID" | "MEMBER_NOT_ACTIVE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DUES_PAYMENT_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DUES_PAYMENT_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_identity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberIdentityDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PointsController_ofMember: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPointsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · MEMBER_NOT_ACTIVE · TRANSFER_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "MEMBER_NOT_ACTIVE" | "TRANSFER_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_step: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevelopmentStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · MEMBER_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "MEMBER_NOT_ACTIVE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DEVELOPMENT_STEP_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DEVELOPMENT_STEP_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_ofMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferListDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendTransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description TRANSFER_REFUSED · MEMBER_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TRANSFER_REFUSED" | "MEMBER_NOT_ACTIVE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_statistics: {
        parameters: {
            query: {
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
                /** @description 年度 / year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentStatisticsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_exportStatistics: {
        parameters: {
            query: {
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
                /** @description 年度 / year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_export: {
        parameters: {
            query?: {
                /** @description member 花名册（预备、正式党员），candidate 发展对象队伍 / roster or pipeline */
                category?: "member" | "candidate";
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 姓名开头 / name starts with */
                name?: string;
                /** @description 组织路径（默认本人辖区）/ path of a unit, the caller’s own unless given */
                path?: string;
                /** @description 阶段 / stage */
                stage?: "applicant" | "activist" | "target" | "probationary" | "formal";
                /** @description 状态（默认 active 在册）/ status, active unless given */
                status?: "active" | "transferred-out" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListDto"];
                };
            };
            /** @description VALIDATION_FAILED · INVALID_CITIZEN_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_CITIZEN_ID";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MembersController_own: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PointsController_own: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPointsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgUnitsController_list: {
        parameters: {
            query?: {
                /** @description The `next` cursor of the previous page (the last path seen). */
                cursor?: string;
                kind?: "county" | "park" | "township" | "party-committee" | "general-branch" | "branch" | "party-group";
                limit?: number;
                parentPath?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgUnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PARENT_ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PARENT_ORG_UNIT_NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_EXISTS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgUnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgUnitsController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgMeetingsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetActivityDayDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDayViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgMeetingsController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckActivityDayDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDayViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description CONFLICT · VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT" | "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PartyOrgRecordsController_tick: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
                item: string;
                list: "starter-kit" | "activity-room";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TickChecklistDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    CloseOrgUnitController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · ORG_UNIT_NOT_EMPTY · ORG_UNIT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "ORG_UNIT_NOT_EMPTY" | "ORG_UNIT_CLOSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DEPENDENCY_UNAVAILABLE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PartyOrgRecordsController_elect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElectCommitteeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_accounts: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountsBookDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_exportAccounts: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDuesMonthDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuesClosedDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_ledger: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuesLedgerDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_exportLedger: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_publication: {
        parameters: {
            query?: {
                /** @description 月份（默认本月）/ month, this one unless given */
                month?: string;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuesPublicationDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_receipts: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuesReceiptsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchDuesController_exportReceipts: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchEnterprisesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchEnterprisesDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchEnterprisesController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachEnterpriseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · ENTERPRISE_IN_ANOTHER_ORG · PARTY_ORG_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "ENTERPRISE_IN_ANOTHER_ORG" | "PARTY_ORG_REVOKED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH · ENTERPRISE_OUTSIDE_ORG_JURISDICTION · PARTY_ORG_FULL */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH" | "ENTERPRISE_OUTSIDE_ORG_JURISDICTION" | "PARTY_ORG_FULL";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    BranchEnterprisesController_detach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                enterpriseId: string;
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetachEnterpriseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgMeetingsController_compliance: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingComplianceDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgMeetingsController_list: {
        parameters: {
            query?: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                kind?: "general-meeting" | "committee-meeting" | "group-meeting" | "party-lecture" | "theme-day" | "life-meeting" | "member-review";
                limit?: number;
                /** @description 年度（不填为全部年度）/ year, every year unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgMeetingsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description MEETING_RECORD_REFUSED · ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "MEETING_RECORD_REFUSED" | "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgMeetingsController_export: {
        parameters: {
            query?: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                kind?: "general-meeting" | "committee-meeting" | "group-meeting" | "party-lecture" | "theme-day" | "life-meeting" | "member-review";
                limit?: number;
                /** @description 年度（不填为全部年度）/ year, every year unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PointsController_ofOrg: {
        parameters: {
            query?: {
                /** @description 年度（默认今年）/ year, this one unless given */
                year?: number;
            };
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgPointsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    RosterImportController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        /** @description 花名册 .xlsx 文件（请求体即文件）/ the roster workbook itself as the request body */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportResultDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PARTY_ORG_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PARTY_ORG_REVOKED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ROSTER_FILE_REFUSED · NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROSTER_FILE_REFUSED" | "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    MoveOrgUnitController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND · PARENT_ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND" | "PARENT_ORG_UNIT_NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description CONFLICT · ORG_UNIT_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT" | "ORG_UNIT_EXISTS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_CYCLE · ORG_UNIT_MOVE_NOT_ALLOWED · ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_CYCLE" | "ORG_UNIT_MOVE_NOT_ALLOWED" | "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PartyOrgRecordsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrgRecordsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description ORG_UNIT_KIND_NOT_ALLOWED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORG_UNIT_KIND_NOT_ALLOWED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    RevokeBranchController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeOrgDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · PARTY_ORG_REVOKED · PARTY_ORG_HAS_ENTERPRISES */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "PARTY_ORG_REVOKED" | "PARTY_ORG_HAS_ENTERPRISES";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    OrgUnitsController_byPath: {
        parameters: {
            query: {
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PoliciesController_versions: {
        parameters: {
            query: {
                /** @description 辖区路径 / jurisdiction path */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersionsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PoliciesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePolicyVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · POLICY_VERSION_OVERLAPS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "POLICY_VERSION_OVERLAPS";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description POLICY_NOT_FOR_THIS_UNIT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "POLICY_NOT_FOR_THIS_UNIT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    PoliciesController_effective: {
        parameters: {
            query: {
                /** @description 日期（默认今天）/ date, today unless given */
                date?: string;
                /** @description 辖区路径 / jurisdiction path */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectivePolicyDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    StatisticsController_table: {
        parameters: {
            query: {
                /** @description 统计日期（默认今天；往日取当日结束时的数字）/ as of this date, today unless given */
                date?: string;
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsTableDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description COVERAGE_NOT_FOR_THIS_UNIT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "COVERAGE_NOT_FOR_THIS_UNIT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    StatisticsController_export: {
        parameters: {
            query: {
                /** @description 统计日期（默认今天；往日取当日结束时的数字）/ as of this date, today unless given */
                date?: string;
                /** @description 县、园区或乡镇的路径 / path of a county, park or township */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description COVERAGE_NOT_FOR_THIS_UNIT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "COVERAGE_NOT_FOR_THIS_UNIT";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    SystemController_sendProbe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    SystemController_probe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                probeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    SystemController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_list: {
        parameters: {
            query?: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 组织路径（默认本人辖区）/ a unit’s path, the caller’s own unless given */
                path?: string;
                status?: "pending" | "completed" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPageDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_receive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · TRANSFER_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "TRANSFER_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · TRANSFER_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "TRANSFER_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 记录 id（UUID）/ record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferViewDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description VERSION_CONFLICT · TRANSFER_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "TRANSFER_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_export: {
        parameters: {
            query?: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 组织路径（默认本人辖区）/ a unit’s path, the caller’s own unless given */
                path?: string;
                status?: "pending" | "completed" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    TransfersController_inward: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InwardTransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InwardTransferViewDto"];
                };
            };
            /** @description VALIDATION_FAILED · INVALID_CITIZEN_ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_CITIZEN_ID";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FORBIDDEN";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description MEMBER_ACTIVE_ELSEWHERE · PARTY_ORG_REVOKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "MEMBER_ACTIVE_ELSEWHERE" | "PARTY_ORG_REVOKED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
            /** @description NOT_A_BRANCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_A_BRANCH";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
}
