// Generated from the instructor service's OpenAPI document by tools/build/api-types.cjs. Do not edit.
export interface paths {
    "/api/instructor/assignments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束联系（注明原因）/ End an assignment, with the reason */
        post: operations["AssignmentsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/audit": {
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
    "/api/instructor/enterprises/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业的指导员（含历史）/ An enterprise’s instructors over time */
        get: operations["AssignmentsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/enterprises/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 无党员且无指导员的企业（工作覆盖缺口）/ Enterprises with no members and no instructor */
        get: operations["AssignmentsController_unassigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的指导员（按姓名分页；指导员本人只见自己）/ A jurisdiction’s instructors */
        get: operations["InstructorsController_list"];
        put?: never;
        /** 登记党建指导员（来源、派出单位、选派辖区、联系方式）/ Register an instructor */
        post: operations["InstructorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/instructors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名指导员 / One instructor */
        get: operations["InstructorsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改指导员信息 / Update an instructor */
        patch: operations["InstructorsController_update"];
        trace?: never;
    };
    "/api/instructor/instructors/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指导员联系的企业（含历史）/ An instructor’s enterprises, with history */
        get: operations["InstructorsController_assignments"];
        put?: never;
        /** 选派指导员联系企业（一对一或一对多）/ Assign an enterprise to an instructor */
        post: operations["InstructorsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/instructors/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 召回调整：结束其全部联系企业，并可由接替人连同历史接手 / Recall an instructor and hand the enterprises over */
        post: operations["InstructorsController_recall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/instructors/{id}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记培训记录 / Add a training record */
        post: operations["InstructorsController_train"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/instructors/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的指导员信息 / One’s own instructor record */
        get: operations["InstructorsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区的领导联系点，逐人核对规则（怀宁县领导各联系 1 家企业，濉溪工委委员各指导 7 个不同类别党组织）/ Leaders and whether each keeps the rule */
        get: operations["LeadersController_list"];
        put?: never;
        /** 登记联系领导（县领导联系企业、工委委员指导党组织）/ Register a leader */
        post: operations["LeadersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/leaders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名领导的联系点和联系记录 / One leader */
        get: operations["LeadersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/leaders/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记一次联系走访 / Record a visit */
        post: operations["LeadersController_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/leaders/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设定联系的企业或指导的党组织 / Set the enterprises or orgs a leader contacts */
        put: operations["LeadersController_links"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求看板：按状态、类别筛选，新的在前，含时限状态 / The requests board, newest first, with the time-limit state */
        get: operations["RequestsController_list"];
        put?: never;
        /** 受理企业诉求（联络员为本企业、指导员为联系企业、园区为辖区企业）/ Raise an enterprise request */
        post: operations["RequestsController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条诉求及其办理过程 / One request and its history */
        get: operations["RequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/requests/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推进诉求：办理中、销号（须填办理结果）、不予办理（须说明理由）/ Move a request on */
        post: operations["RequestsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出诉求台账（xlsx）/ Export the requests */
        get: operations["RequestsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/requests/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求统计：受理、销号、办理中、超时，按类别和园区 / Request statistics per category and place */
        get: operations["RequestsController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度考核：按走访、诉求办结、建立组织和企业评价算出的建议分，及园区评定结果 / The year’s proposed scores and final results */
        get: operations["ReviewsController_list"];
        put?: never;
        /** 园区评定年度最终得分（不合格者应召回调整）/ The park finalizes the year’s score */
        post: operations["ReviewsController_finalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/reviews/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出年度考核结果（供派出单位）/ Export the results for the home units */
        get: operations["ReviewsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/reviews/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 企业联络员评价本企业的指导员 / A liaison rates their enterprise’s instructor */
        post: operations["ReviewsController_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/reviews/feedback/instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业可评价的指导员（当年联系过本企业）及已给的评分 / The instructors a liaison may rate for a year */
        get: operations["ReviewsController_rateable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/system/probes": {
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
    "/api/instructor/system/probes/{probeId}": {
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
    "/api/instructor/system/status": {
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
    "/api/instructor/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访记录（按指导员或企业，新的在前）/ Visits of an instructor or an enterprise, newest first */
        get: operations["VisitsController_list"];
        put?: never;
        /** 登记走访（“三个第一、四个清楚、五员”清单、发现、跟进事项，可同时受理诉求）/ Log a "345" visit */
        post: operations["VisitsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次走访记录 / One visit */
        get: operations["VisitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructor/visits/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本月未按政策频次走访的联系企业，按指导员和园区 / Enterprises not visited this month as the policy asks, per instructor and place */
        get: operations["VisitsController_overdue"];
        put?: never;
        post?: never;
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
        AssignDto: {
            /** Format: uuid */
            enterpriseId: string;
            /**
             * @description 开始联系日期（默认今天）/ first day, today unless given
             * @example 2026-03-01
             */
            from?: string;
        };
        AssignmentViewDto: {
            endNote: string | null;
            /** @enum {string|null} */
            endReason: "recall" | "replacement" | "org-formed" | "enterprise-closed" | "reassigned" | "other" | null;
            endReasonLabel: string | null;
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            from: string;
            /** Format: uuid */
            handedOverFrom: string | null;
            /** Format: uuid */
            id: string;
            inForce: boolean;
            /** Format: uuid */
            instructorId: string;
            instructorName: string;
            orgPath: string;
            until: string | null;
        };
        AttachmentMetaDto: {
            fileName?: string;
            size?: number;
            title: string;
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
        CreateInstructorDto: {
            /**
             * @description 平台账号（用户名）/ platform username
             * @example instructor
             */
            account?: string;
            /**
             * @description 派出单位 / home unit
             * @example 县发改委
             */
            homeUnit: string;
            /** @example 王强 */
            name: string;
            /**
             * @description 选派的园区或乡镇 / the park or township dispatching them
             * @example /demo-county/econ-dev-zone
             */
            orgPath: string;
            /**
             * @description 联系电话（加密保存，回显打码）/ phone, sealed and shown masked
             * @example 13800001234
             */
            phone?: string;
            /**
             * @description 来源：机关干部、乡镇干部、专职聘用 / where they come from
             * @enum {string}
             */
            source: "organ" | "township" | "full-time";
        };
        CreateLeaderDto: {
            /** @enum {string} */
            kind: "county-leader" | "committee-member";
            /** @example 李华 */
            name: string;
            /**
             * @description 所在辖区（县领导为县，工委委员为园区）/ the county or park recording them
             * @example /demo-county
             */
            orgPath: string;
            /** @example 县委常委、组织部部长 */
            title: string;
        };
        EndAssignmentDto: {
            note?: string;
            /** @enum {string} */
            reason: "recall" | "replacement" | "org-formed" | "enterprise-closed" | "reassigned" | "other";
            /** @description 结束日期（默认今天）/ first day no longer assigned, today unless given */
            until?: string;
        };
        FeedbackDto: {
            comment?: string;
            /** Format: uuid */
            instructorId: string;
            /**
             * @description 企业对指导员的评价（0–100）/ the enterprise’s rating
             * @example 90
             */
            score: number;
            /**
             * @description 考核年度 / year reviewed
             * @example 2026
             */
            year: number;
        };
        FeedbackResultDto: {
            /** Format: uuid */
            instructorId: string;
            score: number;
            year: number;
        };
        FinalizedReviewDto: {
            comment: string;
            finalizedBy: string;
            finalizedOn: string;
            finalScore: number;
            /** Format: uuid */
            instructorId: string;
            proposed: components["schemas"]["ProposedScoreDto"];
            proposedTotal: number;
            /** @enum {string} */
            result: "excellent" | "pass" | "fail";
            resultLabel: string;
            year: number;
        };
        FinalizeReviewDto: {
            /** @description 评语 / comment */
            comment?: string;
            /**
             * @description 园区评定的最终得分（0–100）/ the park’s final score
             * @example 86
             */
            finalScore: number;
            /** Format: uuid */
            instructorId: string;
            /**
             * @description 考核年度 / year reviewed
             * @example 2026
             */
            year: number;
        };
        FinalReviewDto: {
            comment: string;
            finalizedBy: string;
            finalizedOn: string;
            finalScore: number;
            proposedTotal: number;
            /** @enum {string} */
            result: "excellent" | "pass" | "fail";
            resultLabel: string;
        };
        FollowUpDto: {
            due?: string | null;
            text: string;
        };
        FollowUpInputDto: {
            /** @example 2026-06-30 */
            due?: string;
            /** @example 协助办理安全生产许可证延续 */
            text: string;
        };
        InstructorOverdueDto: {
            assigned: number;
            enterprises: components["schemas"]["OverdueEnterpriseDto"][];
            /** Format: uuid */
            instructorId: string;
            instructorName: string;
            overdue: number;
        };
        InstructorPageDto: {
            items: components["schemas"]["InstructorViewDto"][];
            next?: string;
        };
        InstructorViewDto: {
            account: string | null;
            homeUnit: string;
            /** Format: uuid */
            id: string;
            name: string;
            orgPath: string;
            /** @description 打码的联系电话 / masked phone */
            phoneMasked: string | null;
            recall: components["schemas"]["RecallRecordDto"] | null;
            /** @enum {string} */
            source: "organ" | "township" | "full-time";
            sourceLabel: string;
            /** @enum {string} */
            status: "active" | "recalled" | "left";
            statusLabel: string;
            training: components["schemas"]["TrainingRecordDto"][];
            trainingHours: number;
            version: number;
        };
        LeaderContactDto: {
            /** @example 调研企业党建，协调解决用工问题 */
            note: string;
            /** @example 2026-05-20 */
            on: string;
            /** @description 联系的企业 id 或党组织路径 / the enterprise id or org path visited */
            target: string;
        };
        LeaderContactViewDto: {
            by: string;
            note: string;
            on: string;
            target: string;
        };
        LeaderLinkDto: {
            /** @enum {string} */
            kind: "enterprise" | "org";
            /**
             * @description 党组织分类定级（A–E）/ the org’s class
             * @enum {string}
             */
            orgClass?: "A" | "B" | "C" | "D" | "E";
            /** @description 企业 id，或党组织路径 / the enterprise id, or the org’s path */
            target: string;
        };
        LeaderLinkViewDto: {
            /** @enum {string} */
            kind: "enterprise" | "org";
            lastContact: string | null;
            name: string;
            /** @enum {string|null} */
            orgClass: "A" | "B" | "C" | "D" | "E" | null;
            orgPath: string;
            target: string;
        };
        LeaderListDto: {
            items: components["schemas"]["LeaderViewDto"][];
            keepingRule: number;
            total: number;
        };
        LeaderViewDto: {
            contacts: components["schemas"]["LeaderContactViewDto"][];
            /** Format: uuid */
            id: string;
            /** @description 是否符合联系规则 / whether the rule holds */
            keepsRule: boolean;
            /** @enum {string} */
            kind: "county-leader" | "committee-member";
            kindLabel: string;
            links: components["schemas"]["LeaderLinkViewDto"][];
            name: string;
            orgPath: string;
            problems: string[];
            title: string;
            version: number;
        };
        OverdueEnterpriseDto: {
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            missing: number;
            orgPath: string;
            visits: number;
        };
        PlaceOverdueDto: {
            assigned: number;
            orgPath: string;
            overdue: number;
        };
        ProposedScoreDto: {
            feedback: number;
            orgsFormed: number;
            requests: number;
            total: number;
            visits: number;
        };
        RaiseRequestDto: {
            /**
             * @description 受理日期（补录纸质台账时填写，默认今天）/ accepted on, for requests entered from paper; today unless given
             * @example 2026-03-02
             */
            acceptedOn?: string;
            /**
             * @description 类别：融资、用工、用地、安全、政策… / category
             * @enum {string}
             */
            category: "financing" | "hiring" | "land" | "safety" | "policy" | "other";
            /**
             * @description 责任单位 / owning department
             * @example 县金融办
             */
            department: string;
            /** @example 需 300 万元流动资金，银行授信未批 */
            detail?: string;
            /** Format: uuid */
            enterpriseId: string;
            /** @example 流动资金贷款难 */
            title: string;
        };
        RateableInstructorDto: {
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            /** Format: uuid */
            instructorId: string;
            name: string;
            /** @description 本人已给的评分 / the liaison's score so far */
            score: number | null;
        };
        RecallDto: {
            /** @description 召回日期（默认今天）/ on, today unless given */
            on?: string;
            /**
             * @description 召回原因 / why
             * @example 年度考核不合格
             */
            reason: string;
            /**
             * Format: uuid
             * @description 接替的指导员（其联系企业连同历史移交）/ the replacement, who takes over the enterprises
             */
            replacementId?: string;
        };
        RecallRecordDto: {
            on: string;
            reason: string;
            /** Format: uuid */
            replacedBy: string | null;
        };
        RecallResultDto: {
            ended: components["schemas"]["AssignmentViewDto"][];
            handedOver: components["schemas"]["AssignmentViewDto"][];
            instructor: components["schemas"]["InstructorViewDto"];
        };
        RecordVisitDto: {
            attachments?: components["schemas"]["VisitAttachmentDto"][];
            /** @description “三个第一、四个清楚、五员”勾选项 / the 345 items ticked */
            checklist: ("firsts.know" | "firsts.report" | "firsts.coordinate" | "clears.enterprise" | "clears.members" | "clears.business" | "clears.hazards" | "roles.policy" | "roles.safety-patrol" | "roles.mediation" | "roles.business-service" | "roles.development-guidance")[];
            /** Format: uuid */
            enterpriseId: string;
            /** @description 走访发现 / findings */
            findings?: string;
            followUps?: components["schemas"]["FollowUpInputDto"][];
            /** @description 走访中受理的企业诉求 / requests raised on the visit */
            requests?: components["schemas"]["VisitRequestDto"][];
            /** @example 2026-05-12 */
            visitedOn: string;
        };
        RequestCategoryCountsDto: {
            /** @description 受理总数 / accepted in the period */
            accepted: number;
            /** @enum {string} */
            category: "financing" | "hiring" | "land" | "safety" | "policy" | "other";
            categoryLabel: string;
            /** @description 已销号 / closed */
            closed: number;
            /** @description 办理中（含待办）/ still open */
            inProgress: number;
            /** @description 超时未办结 / open past their time limit */
            overdue: number;
            rejected: number;
        };
        RequestCountsDto: {
            /** @description 受理总数 / accepted in the period */
            accepted: number;
            /** @description 已销号 / closed */
            closed: number;
            /** @description 办理中（含待办）/ still open */
            inProgress: number;
            /** @description 超时未办结 / open past their time limit */
            overdue: number;
            rejected: number;
        };
        RequestHistoryDto: {
            at: string;
            by: string;
            note: string | null;
            /** @enum {string} */
            status: "accepted" | "in-progress" | "closed" | "rejected";
        };
        RequestPageDto: {
            items: components["schemas"]["RequestViewDto"][];
            next?: string;
        };
        RequestPlaceCountsDto: {
            /** @description 受理总数 / accepted in the period */
            accepted: number;
            /** @description 已销号 / closed */
            closed: number;
            /** @description 办理中（含待办）/ still open */
            inProgress: number;
            orgPath: string;
            /** @description 超时未办结 / open past their time limit */
            overdue: number;
            rejected: number;
        };
        RequestStatisticsDto: {
            byCategory: components["schemas"]["RequestCategoryCountsDto"][];
            byPlace: components["schemas"]["RequestPlaceCountsDto"][];
            from: string;
            path: string;
            to: string;
            total: components["schemas"]["RequestCountsDto"];
        };
        RequestViewDto: {
            acceptedOn: string;
            /** @enum {string} */
            category: "financing" | "hiring" | "land" | "safety" | "policy" | "other";
            categoryLabel: string;
            closedOn: string | null;
            department: string;
            detail: string;
            dueOn: string;
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            escalation: number;
            history: components["schemas"]["RequestHistoryDto"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            instructorId: string | null;
            orgPath: string;
            raisedBy: string;
            /** @enum {string} */
            raisedVia: "visit" | "liaison" | "instructor" | "admin";
            rejectReason: string | null;
            resolution: string | null;
            /** @enum {string} */
            sla: "on-time" | "due-soon" | "overdue" | "done";
            /** @enum {string} */
            status: "accepted" | "in-progress" | "closed" | "rejected";
            statusLabel: string;
            title: string;
            version: number;
            /** Format: uuid */
            visitId: string | null;
        };
        ReviewFactsViewDto: {
            /** @description 企业评价份数 / liaisons who rated */
            feedback: number;
            feedbackMean: number | null;
            orgsFormed: number;
            requests: number;
            requestsClosed: number;
            visitsDone: number;
            visitsDue: number;
        };
        ReviewPageDto: {
            items: components["schemas"]["ReviewRowDto"][];
            next?: string;
            year: number;
        };
        ReviewRowDto: {
            facts: components["schemas"]["ReviewFactsViewDto"];
            homeUnit: string;
            /** Format: uuid */
            instructorId: string;
            name: string;
            orgPath: string;
            proposed: components["schemas"]["ProposedScoreDto"];
            review: components["schemas"]["FinalReviewDto"] | null;
            /** @enum {string} */
            source: "organ" | "township" | "full-time";
            sourceLabel: string;
            /** @enum {string} */
            status: "active" | "recalled" | "left";
            statusLabel: string;
        };
        SetLinksDto: {
            links: components["schemas"]["LeaderLinkDto"][];
            /** @description 读取时的版本号 / the version read */
            version: number;
        };
        TrainingDto: {
            /** @example 8 */
            hours: number;
            /** @example 2026-04-12 */
            on: string;
            /** @example 全县党建指导员培训班 */
            title: string;
        };
        TrainingRecordDto: {
            hours: number;
            on: string;
            title: string;
        };
        TransitionRequestDto: {
            /** @description 办理说明 / a note */
            note?: string;
            /** @description 不予办理的理由（必填）/ reason, required to reject */
            reason?: string;
            /** @description 办理结果（销号时必填）/ resolution, required to close */
            resolution?: string;
            /**
             * @description 新状态：办理中、销号、不予办理 / the new status
             * @enum {string}
             */
            status: "in-progress" | "closed" | "rejected";
            /** @description 读取时的版本号 / the version read */
            version: number;
        };
        UnassignedEnterpriseDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
            orgPath: string;
            uscc: string;
        };
        UnassignedPageDto: {
            items: components["schemas"]["UnassignedEnterpriseDto"][];
            next?: string;
        };
        UpdateInstructorDto: {
            account?: string;
            homeUnit?: string;
            name?: string;
            phone?: string;
            /** @enum {string} */
            source?: "organ" | "township" | "full-time";
            /** @description 读取时的版本号 / the version read */
            version: number;
        };
        VisitAttachmentDto: {
            fileName?: string;
            size?: number;
            /** @example 走访照片 */
            title: string;
        };
        VisitOverdueDto: {
            assigned: number;
            instructors: components["schemas"]["InstructorOverdueDto"][];
            month: string;
            overdue: number;
            places: components["schemas"]["PlaceOverdueDto"][];
            /** @description 每家企业每月应走访次数（政策）/ visits due per enterprise (policy) */
            required: number;
        };
        VisitPageDto: {
            items: components["schemas"]["VisitViewDto"][];
            next?: string;
        };
        VisitRequestDto: {
            /**
             * @description 类别：融资、用工、用地、安全、政策… / category
             * @enum {string}
             */
            category: "financing" | "hiring" | "land" | "safety" | "policy" | "other";
            /**
             * @description 责任单位 / owning department
             * @example 县金融办
             */
            department: string;
            /** @example 需 300 万元流动资金，银行授信未批 */
            detail?: string;
            /** @example 流动资金贷款难 */
            title: string;
        };
        VisitViewDto: {
            attachments: components["schemas"]["AttachmentMetaDto"][];
            checklist: ("firsts.know" | "firsts.report" | "firsts.coordinate" | "clears.enterprise" | "clears.members" | "clears.business" | "clears.hazards" | "roles.policy" | "roles.safety-patrol" | "roles.mediation" | "roles.business-service" | "roles.development-guidance")[];
            /** Format: uuid */
            enterpriseId: string;
            enterpriseName: string;
            findings: string;
            followUps: components["schemas"]["FollowUpDto"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            instructorId: string;
            instructorName: string;
            month: string;
            orgPath: string;
            recordedBy: string;
            visitedOn: string;
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
    AssignmentsController_end: {
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
                "application/json": components["schemas"]["EndAssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentViewDto"];
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
    AssignmentsController_history: {
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
                    "application/json": components["schemas"]["AssignmentViewDto"][];
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
    AssignmentsController_unassigned: {
        parameters: {
            query: {
                /** @description 上一页最后一家企业的 id / the last enterprise id of the previous page */
                cursor?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 企业名称包含 / name contains */
                q?: string;
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
                    "application/json": components["schemas"]["UnassignedPageDto"];
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
    InstructorsController_list: {
        parameters: {
            query: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 姓名包含 / name contains */
                q?: string;
                status?: "active" | "recalled" | "left";
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
                    "application/json": components["schemas"]["InstructorPageDto"];
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
    InstructorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstructorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorViewDto"];
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
        };
    };
    InstructorsController_get: {
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
                    "application/json": components["schemas"]["InstructorViewDto"];
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
    InstructorsController_update: {
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
                "application/json": components["schemas"]["UpdateInstructorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorViewDto"];
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
        };
    };
    InstructorsController_assignments: {
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
                    "application/json": components["schemas"]["AssignmentViewDto"][];
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
    InstructorsController_assign: {
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
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentViewDto"];
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
            /** @description CONFLICT · INSTRUCTOR_NOT_SERVING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT" | "INSTRUCTOR_NOT_SERVING";
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
            /** @description ASSIGNMENT_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ASSIGNMENT_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    InstructorsController_recall: {
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
                "application/json": components["schemas"]["RecallDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecallResultDto"];
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
            /** @description VERSION_CONFLICT · INSTRUCTOR_NOT_SERVING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VERSION_CONFLICT" | "INSTRUCTOR_NOT_SERVING";
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
            /** @description ASSIGNMENT_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ASSIGNMENT_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    InstructorsController_train: {
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
                "application/json": components["schemas"]["TrainingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorViewDto"];
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
        };
    };
    InstructorsController_mine: {
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
                    "application/json": components["schemas"]["InstructorViewDto"];
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
    LeadersController_list: {
        parameters: {
            query: {
                kind?: "county-leader" | "committee-member";
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
                    "application/json": components["schemas"]["LeaderListDto"];
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
    LeadersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLeaderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderViewDto"];
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
        };
    };
    LeadersController_get: {
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
                    "application/json": components["schemas"]["LeaderViewDto"];
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
    LeadersController_contact: {
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
                "application/json": components["schemas"]["LeaderContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderViewDto"];
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
        };
    };
    LeadersController_links: {
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
                "application/json": components["schemas"]["SetLinksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderViewDto"];
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
        };
    };
    RequestsController_list: {
        parameters: {
            query: {
                category?: "financing" | "hiring" | "land" | "safety" | "policy" | "other";
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                enterpriseId?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                status?: "accepted" | "in-progress" | "closed" | "rejected";
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
                    "application/json": components["schemas"]["RequestPageDto"];
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
    RequestsController_raise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestViewDto"];
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
        };
    };
    RequestsController_get: {
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
                    "application/json": components["schemas"]["RequestViewDto"];
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
    RequestsController_transition: {
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
                "application/json": components["schemas"]["TransitionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestViewDto"];
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
            /** @description REQUEST_TRANSITION_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REQUEST_TRANSITION_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    RequestsController_export: {
        parameters: {
            query: {
                category?: "financing" | "hiring" | "land" | "safety" | "policy" | "other";
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                enterpriseId?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                status?: "accepted" | "in-progress" | "closed" | "rejected";
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
    RequestsController_statistics: {
        parameters: {
            query: {
                /** @description 受理日期起（默认今年 1 月 1 日）/ accepted from, 1 January unless given */
                from?: string;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 受理日期止（默认今天）/ accepted up to, today unless given */
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
                    "application/json": components["schemas"]["RequestStatisticsDto"];
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
    ReviewsController_list: {
        parameters: {
            query: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 考核年度 / year reviewed */
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
                    "application/json": components["schemas"]["ReviewPageDto"];
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
    ReviewsController_finalize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalizeReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalizedReviewDto"];
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
            /** @description REVIEW_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REVIEW_REFUSED";
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
    ReviewsController_export: {
        parameters: {
            query: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                limit?: number;
                /** @description 辖区路径 / path of a jurisdiction */
                path: string;
                /** @description 考核年度 / year reviewed */
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
    ReviewsController_feedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackResultDto"];
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
        };
    };
    ReviewsController_rateable: {
        parameters: {
            query: {
                /** @description 考核年度 / year reviewed */
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
                    "application/json": components["schemas"]["RateableInstructorDto"][];
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
    VisitsController_list: {
        parameters: {
            query?: {
                /** @description 上一页的 next / the previous page’s next */
                cursor?: string;
                enterpriseId?: string;
                /** @description 指导员（指导员本人默认自己）/ the instructor, oneself for an instructor */
                instructorId?: string;
                limit?: number;
                month?: string;
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
                    "application/json": components["schemas"]["VisitPageDto"];
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
    VisitsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitViewDto"];
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
            /** @description VISIT_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VISIT_REFUSED";
                        details?: unknown;
                        /** @description 中文在前，英文在后 / Chinese, then English after " / " */
                        message: string;
                        requestId?: string;
                    };
                };
            };
        };
    };
    VisitsController_get: {
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
                    "application/json": components["schemas"]["VisitViewDto"];
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
    VisitsController_overdue: {
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
                    "application/json": components["schemas"]["VisitOverdueDto"];
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
}
