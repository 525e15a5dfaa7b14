package dev.journeymaps.store.work;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * The issue cache: what we last saw of one Jira issue, shared by all users and cluster nodes. One row per
 * issue id (unique). {@code DONE_SINCE} is the first time we saw it Done, for "verify the fix";
 * {@code CHILDREN_DONE}/{@code CHILDREN_TOTAL} are an epic's children (0/0 otherwise).
 */
@Preload
@Table("ISSUE_SNAPSHOT")
public interface IssueSnapshotEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String SUMMARY = "SUMMARY";
    String ISSUE_TYPE = "ISSUE_TYPE";
    String STATUS_NAME = "STATUS_NAME";
    String STATUS_CATEGORY = "STATUS_CATEGORY";
    String ASSIGNEE = "ASSIGNEE";
    String CHILDREN_DONE = "CHILDREN_DONE";
    String CHILDREN_TOTAL = "CHILDREN_TOTAL";
    String FETCHED_AT = "FETCHED_AT";
    String DONE_SINCE = "DONE_SINCE";

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @StringLength(255)
    String getSummary();

    void setSummary(String summary);

    @StringLength(255)
    String getIssueType();

    void setIssueType(String issueType);

    @StringLength(255)
    String getStatusName();

    void setStatusName(String statusName);

    @StringLength(32)
    String getStatusCategory();

    void setStatusCategory(String statusCategory);

    @StringLength(255)
    String getAssignee();

    void setAssignee(String assignee);

    @NotNull
    int getChildrenDone();

    void setChildrenDone(int childrenDone);

    @NotNull
    int getChildrenTotal();

    void setChildrenTotal(int childrenTotal);

    @NotNull
    Date getFetchedAt();

    void setFetchedAt(Date fetchedAt);

    Date getDoneSince();

    void setDoneSince(Date doneSince);
}
